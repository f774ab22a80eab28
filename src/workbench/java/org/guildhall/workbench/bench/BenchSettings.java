package org.guildhall.workbench.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to run the benchmark, as {@code mvn -Pbench} passes it in system properties.
 *
 * @param scale       spaces and communities to generate ({@code bench.scale}, 5000)
 * @param scenarios   {@code all} or names separated by commas ({@code bench.scenarios})
 * @param concurrency simultaneous simulated people ({@code bench.concurrency}, 8); several separated by commas run
 *                    the scenarios once at each, in that order, on the same dataset (one load)
 * @param warmUp      unmeasured time before each scenario, for JIT and pools ({@code bench.warmup}, seconds, 5)
 * @param duration    measured time per scenario ({@code bench.duration}, seconds, 20)
 * @param thinkTime   mean pause of each simulated person between two requests ({@code bench.thinktime}, milliseconds,
 *                    0: none, the closed loop that measures saturation); each pause is drawn from an exponential
 *                    distribution with that mean, capped at four times it
 * @param parts       the dataset parts to load besides the people, communities and members ({@code bench.parts},
 *                    {@code all}; e.g. {@code activity} for the activity scenarios alone)
 * @param output      where the report goes ({@code bench.output}, {@code target/bench})
 * @param basedir     the project folder ({@code workbench.basedir}); null to find it from the class path
 */
record BenchSettings(int scale, String scenarios, List<Integer> concurrency, Duration warmUp, Duration duration,
                     Duration thinkTime, Set<String> parts, Path output, Path basedir) {

    BenchSettings {
        concurrency = List.copyOf(concurrency);
        if (scale < 1 || concurrency.isEmpty() || concurrency.stream().anyMatch(people -> people < 1)
                || duration.isZero() || duration.isNegative() || warmUp.isNegative() || thinkTime.isNegative()) {
            throw new IllegalArgumentException("bench.scale, bench.concurrency and bench.duration must be positive, "
                    + "bench.warmup and bench.thinktime at least 0");
        }
    }

    static BenchSettings fromSystemProperties() {
        String basedir = System.getProperty("workbench.basedir");
        return new BenchSettings(
                integer("bench.scale", 5000),
                System.getProperty("bench.scenarios", "all"),
                integers("bench.concurrency", 8),
                Duration.ofSeconds(integer("bench.warmup", 5)),
                Duration.ofSeconds(integer("bench.duration", 20)),
                Duration.ofMillis(integer("bench.thinktime", 0)),
                Arrays.stream(System.getProperty("bench.parts", "all").split(",")).map(String::trim)
                        .filter(part -> !part.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                Path.of(System.getProperty("bench.output", "target/bench")).toAbsolutePath(),
                basedir == null || basedir.isBlank() ? null : Path.of(basedir));
    }

    private static List<Integer> integers(String property, int defaultValue) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return List.of(defaultValue);
        }
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be whole numbers separated by commas, not '" + value
                    + "'", e);
        }
    }

    private static int integer(String property, int defaultValue) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number, not '" + value + "'", e);
        }
    }
}
