package org.guildhall.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A stand-in for Confluence in an OSGi framework: a jar with only a manifest that exports the packages the app
 * bundle imports, at the versions Confluence 10 exports them ({@link HostPackageVersions}). It has no classes:
 * the app bundle only needs to resolve and start, and it has no activator that would load host types.
 */
public final class HostBundle {

    static final String SYMBOLIC_NAME = "org.guildhall.test.confluence-host";

    private HostBundle() {
    }

    /**
     * @param appImports the app manifest's {@code Import-Package}
     * @param omitted    packages to leave out, to show that the app then fails to resolve
     * @return the {@code Export-Package} value for the host bundle
     * @throws IllegalStateException naming every imported package whose Confluence 10 version is not on record
     */
    static String exportsFor(OsgiHeader appImports, Collection<String> omitted) {
        List<String> exports = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (OsgiHeader.Clause clause : appImports.clauses()) {
            if (omitted.contains(clause.name())) {
                continue;
            }
            HostPackageVersions.ruleFor(clause.name()).ifPresentOrElse(
                    rule -> exports.add(rule.version() == null ? clause.name() : clause.name() + ";version=\"" + rule.version() + "\""),
                    () -> unknown.add(clause.name()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("No Confluence 10 version on record for imported packages " + unknown
                    + ": add them to HostPackageVersions.CONFLUENCE_10");
        }
        return String.join(",", exports);
    }

    /** Writes the host bundle jar to {@code file}. */
    static Path write(Path file, String exportPackage) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", "10.0.0");
        if (!exportPackage.isEmpty()) {
            main.putValue("Export-Package", exportPackage);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
