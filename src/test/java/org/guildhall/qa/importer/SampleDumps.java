package org.guildhall.qa.importer;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared Stack Exchange samples ({@code ../shared/data/stackexchange} next to the project). */
public final class SampleDumps {

    public static final String COFFEE = "coffee.stackexchange.com";
    public static final String AI = "ai.stackexchange.com";
    public static final String QUANTUM = "quantumcomputing.stackexchange.com";

    private SampleDumps() {
    }

    /** @return the folder of that site's sample dump */
    public static Path folder(String site) {
        String basedir = System.getProperty("project.basedir", ".");
        Path folder = Path.of(basedir).toAbsolutePath().resolve("../shared/data/stackexchange").normalize().resolve(site);
        if (!Files.isDirectory(folder)) {
            folder = Path.of("/work/shared/data/stackexchange", site);
        }
        return folder;
    }
}
