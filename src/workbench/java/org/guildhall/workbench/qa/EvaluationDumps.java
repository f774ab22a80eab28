package org.guildhall.workbench.qa;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The dump folders an evaluation command measures: its arguments, else the comma-separated {@code qa.eval.dumps}
 * property, else the three shared Stack Exchange samples next to the project.
 */
public final class EvaluationDumps {

    private EvaluationDumps() {
    }

    public static List<Path> of(String[] arguments) {
        String dumps = arguments.length > 0 ? String.join(",", arguments) : System.getProperty("qa.eval.dumps", "");
        if (dumps.isBlank()) {
            String shared = Path.of(System.getProperty("workbench.basedir", ".")).toAbsolutePath()
                    .resolve("../shared/data/stackexchange").normalize().toString();
            dumps = shared + "/coffee.stackexchange.com," + shared + "/ai.stackexchange.com," + shared
                    + "/quantumcomputing.stackexchange.com";
        }
        return Arrays.stream(dumps.split(",")).filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder.trim())).toList();
    }
}
