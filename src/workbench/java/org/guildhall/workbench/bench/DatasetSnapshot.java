package org.guildhall.workbench.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.guildhall.workbench.ao.AoDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code -Dbench.keep=true}: a loaded dataset kept as a PostgreSQL database {@code <bench.database>_loaded}, with what
 * the scenarios need to know of it in {@code <bench.output>/<bench.database>-loaded.json}, so that the next run with
 * the same scale and parts starts from a copy of it (seconds) instead of generating it again (minutes at scale 2000).
 * The copy is made right after loading, before any scenario changed it. A run on a kept dataset starts the workbench
 * on it as an upgraded instance starts: Active Objects migrates the tables to the app's current model and the app's
 * upgrade tasks run, so a dataset kept before a model change measures the app after that change. What the generator
 * itself makes is not checked: after changing a dataset part, run once without {@code bench.keep}.
 */
final class DatasetSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AoDatabase database;
    private final String copyName;
    private final Path description;
    private final String key;

    DatasetSnapshot(BenchSettings settings, AoDatabase database) {
        this.database = database;
        this.copyName = database.databaseName() + "_loaded";
        this.description = settings.output().resolve(database.databaseName() + "-loaded.json");
        this.key = "scale=" + settings.scale() + " parts=" + new TreeSet<>(settings.parts()) + " activity.events="
                + System.getProperty("bench.activity.events", "default");
    }

    /** @return the kept dataset, the bench database replaced by a copy of it; empty when none was kept for this key */
    Optional<Dataset> restore() throws SQLException, IOException {
        if (!Files.isRegularFile(description) || !AoDatabase.postgres(copyName).exists()) {
            return Optional.empty();
        }
        Map<String, Object> kept = JSON.readValue(description.toFile(), new TypeReference<>() {
        });
        if (!key.equals(kept.get("key"))) {
            System.out.println("[bench] The kept dataset is " + kept.get("key") + ", not " + key + ": loading anew");
            return Optional.empty();
        }
        long started = System.nanoTime();
        database.dropIfExists();
        AoDatabase.postgres(copyName).copyTo(database.databaseName());
        System.out.printf("[bench] Dataset %s copied from %s in %d ms%n", key, copyName,
                (System.nanoTime() - started) / 1_000_000);
        Dataset dataset = JSON.convertValue(kept.get("dataset"), Kept.class).toDataset();
        return Optional.of(dataset);
    }

    /** Keeps the loaded dataset: nobody may be connected to the bench database meanwhile. */
    void keep(Dataset dataset) throws SQLException, IOException {
        long started = System.nanoTime();
        database.copyTo(copyName);
        Files.createDirectories(description.getParent());
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("key", key);
        kept.put("dataset", Kept.of(dataset));
        JSON.writerWithDefaultPrettyPrinter().writeValue(description.toFile(), kept);
        System.out.printf("[bench] Dataset kept as database %s in %d ms (reused by the next run with -Dbench.keep=true)%n",
                copyName, (System.nanoTime() - started) / 1_000_000);
    }

    /** {@link Dataset} as JSON holds it. */
    record Kept(int scale, List<String> usernames, Map<String, Long> pages, Map<String, String> values,
                Map<String, Integer> rows, long loadMillis) {

        static Kept of(Dataset dataset) {
            return new Kept(dataset.scale(), dataset.usernames(), dataset.pages(), dataset.values(), dataset.rows(),
                    dataset.loadTime().toMillis());
        }

        Dataset toDataset() {
            return new Dataset(scale, List.copyOf(usernames), new LinkedHashMap<>(pages), new LinkedHashMap<>(values),
                    new LinkedHashMap<>(rows), Duration.ofMillis(loadMillis));
        }
    }
}
