package org.guildhall.workbench.demo;

import org.guildhall.platform.GuildhallException;
import org.guildhall.qa.importer.ImportRun;
import org.guildhall.qa.importer.StackExchangeImport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports the shared Stack Exchange samples ({@code ../shared/data/stackexchange} next to the project) into the demo
 * communities through the app's own import: coffee into COFFEE always; ai into AI and quantumcomputing into QC when
 * {@code -Dworkbench.demo.sites=coffee,ai,qc} (or {@code all}) asks for them. The import is idempotent, so running it at
 * every start is harmless; a missing samples folder is reported and skipped.
 */
public final class DemoQuestions {

    /** Short name → site folder and community space key. */
    static final Map<String, String[]> SITES = new LinkedHashMap<>();

    static {
        SITES.put("coffee", new String[]{"coffee.stackexchange.com", "COFFEE"});
        SITES.put("ai", new String[]{"ai.stackexchange.com", "AI"});
        SITES.put("qc", new String[]{"quantumcomputing.stackexchange.com", "QC"});
    }

    private DemoQuestions() {
    }

    /** @return the short names in {@code workbench.demo.sites} (default {@code coffee}) */
    public static List<String> requestedSites() {
        String value = System.getProperty("workbench.demo.sites", "coffee").trim().toLowerCase(Locale.ROOT);
        if (value.equals("all")) {
            return List.copyOf(SITES.keySet());
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(SITES::containsKey).toList();
    }

    /** Imports the requested samples; @return one line per site for the log */
    public static List<String> load(StackExchangeImport imports, Path projectDirectory, List<String> sites) {
        Path samples = projectDirectory.resolve("../shared/data/stackexchange").normalize();
        // a clone outside the project's home (CI) finds the samples where .ci/run says they are
        String elsewhere = System.getenv("GUILDHALL_SAMPLES_DIR");
        if (!Files.isDirectory(samples) && elsewhere != null && !elsewhere.isBlank()) {
            samples = Path.of(elsewhere);
        }
        Path samplesFolder = samples;
        return sites.stream().map(name -> {
            String[] site = SITES.get(name);
            Path folder = samplesFolder.resolve(site[0]);
            if (!Files.isDirectory(folder)) {
                return site[0] + ": no sample at " + folder + "; skipped";
            }
            ImportRun run;
            try {
                run = imports.importFolderNow(folder, site[1]);
            } catch (GuildhallException.InvalidInput noCommunity) {
                return site[0] + ": no community " + site[1] + "; skipped";
            }
            return site[0] + " → " + site[1] + ": " + run.state()
                    + (run.errorMessage() == null ? "" : " (" + run.errorMessage() + ")");
        }).toList();
    }
}
