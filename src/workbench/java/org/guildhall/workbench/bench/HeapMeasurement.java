package org.guildhall.workbench.bench;

import com.atlassian.cache.Cache;
import com.sun.management.HotSpotDiagnosticMXBean;
import org.guildhall.workbench.cluster.DatabaseInvalidatedCacheManager;

import javax.management.JMException;
import javax.management.ObjectName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the heap holds, for the memory bar ("heap after GC stays flat; the app's retained heap under 200 MB"). The
 * workbench, the app and the load generator share one JVM, so the used heap after a full GC is an upper bound for
 * the app; two finer figures attribute part of it to the app:
 * <ul>
 *     <li>a class histogram after a full GC (the {@code GC.class_histogram} diagnostic command, through the
 *     {@code DiagnosticCommand} MBean), summing the shallow size of every instance of an {@code org.guildhall.*}
 *     class that is not the workbench's;</li>
 *     <li>the app's caches ({@code org.guildhall.*} caches of the cache manager): their entries, and the heap a full GC
 *     gives back when they are emptied — what they retain, strings and bit sets included;</li>
 *     <li>what a full GC gives back once the workbench (and the app in it) has stopped: everything they retained,
 *     the app's in-memory indexes (held in primitive arrays, which the histogram cannot attribute) included — an
 *     upper bound for the app.</li>
 * </ul>
 */
final class HeapMeasurement {

    private static final double MB = 1024.0 * 1024.0;
    private static final String APP_PREFIX = "org.guildhall.";
    private static final String WORKBENCH_PREFIX = "org.guildhall.workbench.";
    /** {@code   12:      3456      78901  org.guildhall.Foo (module)} */
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final int TOP_CLASSES = 10;
    private static final int SETTLE_SECONDS = 15;

    private HeapMeasurement() {
    }

    /** One class of the histogram. */
    record ClassFigure(String className, long instances, long bytes) {
    }

    /**
     * @param usedHeapMegabytes      used heap after a full GC (everything in the JVM)
     * @param appInstanceMegabytes   shallow size of every app ({@code org.guildhall.*}, not workbench) instance
     * @param appInstances           how many app instances there are
     * @param largestAppClasses      the app classes with the most bytes, largest first
     */
    record Snapshot(double usedHeapMegabytes, double appInstanceMegabytes, long appInstances,
                    List<ClassFigure> largestAppClasses) {
    }

    /** One of the app's caches when the run ended. */
    record CacheFigure(String name, int entries, double retainedMegabytes) {
    }

    /** A full GC, then the used heap and the app's classes in the histogram. */
    static Snapshot snapshot() {
        String histogram = classHistogram();
        double used = usedAfterGc();
        long bytes = 0;
        long instances = 0;
        List<ClassFigure> app = new ArrayList<>();
        for (String line : histogram.split("\n")) {
            Matcher matcher = HISTOGRAM_LINE.matcher(line);
            if (matcher.find() && matcher.group(3).startsWith(APP_PREFIX)
                    && !matcher.group(3).startsWith(WORKBENCH_PREFIX)) {
                ClassFigure figure = new ClassFigure(matcher.group(3), Long.parseLong(matcher.group(1)),
                        Long.parseLong(matcher.group(2)));
                bytes += figure.bytes();
                instances += figure.instances();
                app.add(figure);
            }
        }
        app.sort(Comparator.comparingLong(ClassFigure::bytes).reversed());
        return new Snapshot(used, bytes / MB, instances, List.copyOf(app.subList(0, Math.min(TOP_CLASSES, app.size()))));
    }

    /**
     * The heap once the stopped workbench's threads have wound down: snapshots a second apart until the app's
     * instances stop falling (at most {@value #SETTLE_SECONDS} seconds), the last one. Right after a stop, threads that
     * are still ending (request and pool threads, the background workers) hold what they were working on; what is left
     * afterwards is held for good.
     */
    static Snapshot settledAfterStop() {
        Snapshot last = snapshot();
        for (int second = 0; second < SETTLE_SECONDS; second++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            Snapshot next = snapshot();
            if (next.appInstances() >= last.appInstances()) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /**
     * Counts the entries of each app cache, then empties it and measures what a full GC gives back. Changes what the
     * app holds: call after the last scenario only.
     */
    static List<CacheFigure> drainAppCaches(DatabaseInvalidatedCacheManager caches) {
        List<CacheFigure> figures = new ArrayList<>();
        for (Map.Entry<String, Cache<?, ?>> cache : new java.util.TreeMap<>(caches.caches()).entrySet()) {
            if (!cache.getKey().startsWith(APP_PREFIX) || cache.getKey().startsWith(WORKBENCH_PREFIX)) {
                continue;
            }
            int entries = cache.getValue().getKeys().size();
            double before = usedAfterGc();
            cache.getValue().removeAll();
            double after = usedAfterGc();
            figures.add(new CacheFigure(cache.getKey(), entries, Math.max(0, before - after)));
        }
        return figures;
    }

    /** @return the used heap after a full GC, in MB */
    static double usedHeapAfterGc() {
        return usedAfterGc();
    }

    /**
     * The memory section of the report: both snapshots, the growth between them, the app's caches, and what stopping
     * the workbench gave back ({@code afterStop}: the heap after a full GC once it stopped, where no app instance should
     * be left: one that is, was leaked by something that outlives the app, e.g. a thread it did not stop).
     */
    static Map<String, Object> report(Snapshot first, Snapshot last, List<CacheFigure> caches, Snapshot afterStop) {
        double cachesRetained = caches.stream().mapToDouble(CacheFigure::retainedMegabytes).sum();
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("heap after GC before the first scenario MB", round(first.usedHeapMegabytes()));
        memory.put("heap after GC after the last scenario MB", round(last.usedHeapMegabytes()));
        memory.put("heap growth MB", round(last.usedHeapMegabytes() - first.usedHeapMegabytes()));
        memory.put("app instances after the last scenario MB", round(last.appInstanceMegabytes()));
        memory.put("app caches retained MB", round(cachesRetained));
        // app objects held by a cache are in both figures: the sum over-counts them, so it is an upper bound
        memory.put("app retained MB (instances + caches)", round(last.appInstanceMegabytes() + cachesRetained));
        memory.put("workbench and app retained MB (given back when it stopped)",
                round(last.usedHeapMegabytes() - afterStop.usedHeapMegabytes()));
        memory.put("app instances left after the workbench stopped", afterStop.appInstances());
        memory.put("before the first scenario", first);
        memory.put("after the last scenario", last);
        memory.put("after the workbench stopped", afterStop);
        memory.put("app caches", caches);
        return memory;
    }

    /** The console lines of the memory section. */
    static String summary(Map<String, Object> memory) {
        StringBuilder out = new StringBuilder("[bench] Memory (MB):");
        memory.forEach((key, value) -> {
            if (value instanceof Number) {
                out.append(String.format(Locale.ROOT, "%n  %-60s %10.1f", key, ((Number) value).doubleValue()));
            }
        });
        @SuppressWarnings("unchecked")
        List<CacheFigure> caches = (List<CacheFigure>) memory.get("app caches");
        caches.forEach(cache -> out.append(String.format(Locale.ROOT, "%n  cache %-40s %10.1f (%d entries)",
                cache.name(), cache.retainedMegabytes(), cache.entries())));
        Snapshot last = (Snapshot) memory.get("after the last scenario");
        last.largestAppClasses().forEach(figure -> out.append(String.format(Locale.ROOT,
                "%n  class %-40s %10.2f (%d instances)", figure.className(), figure.bytes() / MB,
                figure.instances())));
        Snapshot stopped = (Snapshot) memory.get("after the workbench stopped");
        stopped.largestAppClasses().forEach(figure -> out.append(String.format(Locale.ROOT,
                "%n  left after stop: class %-40s %10.2f (%d instances)", figure.className(), figure.bytes() / MB,
                figure.instances())));
        return out.toString();
    }

    private static double usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** {@code jcmd <pid> GC.class_histogram}, from inside: it runs a full GC first. */
    private static String classHistogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("Cannot take a class histogram", e);
        }
    }

    /** Writes the live objects (after a full GC) to an HPROF file, replacing it. */
    static void dumpLiveHeap(Path file) {
        try {
            Files.deleteIfExists(file);
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the heap dump " + file, e);
        }
    }

    private static double round(double megabytes) {
        return Math.round(megabytes * 10) / 10.0;
    }
}
