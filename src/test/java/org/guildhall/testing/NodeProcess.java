package org.guildhall.testing;

import com.atlassian.beehive.ClusterLockService;
import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.cluster.ClusterTimings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A workbench node on the shared PostgreSQL database in a JVM of its own, so that a test can kill it the way an
 * operating system kills a process ({@code SIGKILL}: no shutdown hook, no finally block, sockets closed by the kernel)
 * rather than stopping it from inside the test's JVM.
 *
 * <p>The child runs {@link #main} on the test's class path, prints {@code READY <base URL>} once it serves, and stops
 * by itself when its standard input closes (so a test JVM that dies does not leave it behind).
 */
public final class NodeProcess implements AutoCloseable {

    private static final String READY = "READY ";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final String baseUrl;
    private final List<String> output;

    private NodeProcess(Process process, String baseUrl, List<String> output) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.output = output;
    }

    /**
     * Starts a node and waits until it serves.
     *
     * @param lockToHold a cluster lock the node takes once started and never gives back (empty: none)
     * @param properties system properties for the child (e.g. rate limits), besides those the workbench needs
     */
    public static NodeProcess start(Path home, String database, int nodeId, ClusterTimings timings,
                                    String lockToHold, Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        String basedir = System.getProperty("project.basedir");
        if (basedir != null) {
            command.add("-Dproject.basedir=" + basedir);
        }
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(NodeProcess.class.getName());
        command.add(home.toString());
        command.add(database);
        command.add(String.valueOf(nodeId));
        command.add(String.valueOf(timings.lockLease().toMillis()));
        command.add(String.valueOf(timings.schedulerPoll().toMillis()));
        command.add(String.valueOf(timings.invalidationPoll().toMillis()));
        command.add(lockToHold);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a workbench node process: " + command, e);
        }
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith(READY)) {
                        ready.complete(line.substring(READY.length()).trim());
                    }
                }
            } catch (IOException e) {
                // the process died: whatever it printed is in output
            }
            ready.completeExceptionally(new IllegalStateException("The node process ended before it served"));
        }, "node-" + nodeId + "-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new NodeProcess(process, ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while a node process started", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The node process did not start; its output:\n" + tail(output), e);
        }
    }

    /** @return e.g. {@code http://localhost:41234/confluence} */
    public String baseUrl() {
        return baseUrl;
    }

    /** Kills the process with {@code SIGKILL} and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The node process survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a node process died", e);
        }
    }

    /** @return the last lines the node printed, for failure messages */
    public String lastOutput() {
        return tail(output);
    }

    /** Asks the node to stop (closes its standard input), then kills it if it has not stopped within 30 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    /**
     * The child: {@code <home> <database> <node id> <lease ms> <scheduler poll ms> <invalidation poll ms> [lock]}.
     * Starts the node, takes the lock if one is named, prints {@code READY <base URL>}, and stops when standard input
     * closes.
     */
    public static void main(String[] arguments) throws IOException {
        Path home = Path.of(arguments[0]);
        ClusterTimings timings = new ClusterTimings(Duration.ofMillis(Long.parseLong(arguments[3])),
                Duration.ofMillis(Long.parseLong(arguments[4])), Duration.ofMillis(Long.parseLong(arguments[5])));
        String basedir = System.getProperty("project.basedir");
        WorkbenchOptions options = new WorkbenchOptions(0, home, WorkbenchOptions.Database.POSTGRES, arguments[1],
                Integer.parseInt(arguments[2]), basedir == null ? null : Path.of(basedir), true)
                .withClusterTimings(timings);
        Workbench node = SharedPostgres.startNode(options);
        if (arguments.length > 6 && !arguments[6].isBlank()
                && !node.bean(ClusterLockService.class).getLockForName(arguments[6]).tryLock()) {
            System.out.println("Could not take the lock " + arguments[6]);
        }
        System.out.println(READY + node.baseUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the test closes standard input (or kills the process)
        }
        node.close();
        System.exit(0);
    }
}
