package org.guildhall.packaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Checks the OSGi manifest that maven-bundle-plugin wrote. Confluence installs the jar as a bundle, so a wrong
 * header here breaks the app only at install time, on a customer's server:
 * <ul>
 *   <li>{@code Atlassian-Plugin-Key} must be the plugin key and {@code Spring-Context} present, or Confluence does
 *       not treat the jar as a transformerless P2 plugin with a Spring context;</li>
 *   <li>no {@code java.*} import (the framework refuses to install such a bundle);</li>
 *   <li>no upper-bounded range for Active Objects or Velocity: Confluence ships newer versions than the jars we
 *       compile against (AO 6.x against our 3.2.11), so an upper bound taken from a test-time jar stops the app
 *       resolving;</li>
 *   <li>packages that only the descriptor names (web-item conditions) must be imported by hand, since bnd sees
 *       only bytecode;</li>
 *   <li>nothing of the app is exported: other plugins must not bind to our internals.</li>
 * </ul>
 */
public final class ManifestImportsCheck {

    /** Packages that the host ships in newer versions than the ones we compile against. */
    static final List<String> HOST_VERSIONED_PACKAGE_PREFIXES = List.of("net.java.ao", "org.apache.velocity");

    private ManifestImportsCheck() {
    }

    /**
     * @param requiredImports packages the bundle must import although no class of it references them
     * @return one line per problem; empty when the manifest is fine
     */
    public static List<String> problems(Manifest manifest, Collection<String> requiredImports) {
        List<String> problems = new ArrayList<>();
        Attributes main = manifest.getMainAttributes();
        String pluginKey = main.getValue("Atlassian-Plugin-Key");
        if (!ProjectLayout.PLUGIN_KEY.equals(pluginKey)) {
            problems.add("Atlassian-Plugin-Key is " + pluginKey + ", expected " + ProjectLayout.PLUGIN_KEY);
        }
        requirePresent(main, "Spring-Context", problems);
        requirePresent(main, "Bundle-SymbolicName", problems);
        requirePresent(main, "Import-Package", problems);

        OsgiHeader imports = OsgiHeader.parse(main.getValue("Import-Package"));
        for (OsgiHeader.Clause clause : imports.clauses()) {
            if (clause.name().equals("java") || clause.name().startsWith("java.")) {
                problems.add("Import-Package imports " + clause.name() + ": java.* comes from the JVM and must not be imported");
            }
            if (isHostVersioned(clause.name()) && clause.hasUpperBound()) {
                problems.add("Import-Package caps " + clause.name() + " at version=\"" + clause.version().orElse("")
                        + "\": the host ships newer versions than we compile against; drop the upper bound");
            }
        }
        for (String required : requiredImports) {
            if (!imports.names().contains(required)) {
                problems.add("Import-Package lacks " + required + ", which atlassian-plugin.xml names (bnd cannot see it)");
            }
        }
        for (OsgiHeader.Clause export : OsgiHeader.parse(main.getValue("Export-Package")).clauses()) {
            if (export.name().startsWith("org.guildhall")) {
                problems.add("Export-Package exports app internals: " + export.name());
            }
        }
        return problems;
    }

    private static boolean isHostVersioned(String packageName) {
        return HOST_VERSIONED_PACKAGE_PREFIXES.stream()
                .anyMatch(prefix -> packageName.equals(prefix) || packageName.startsWith(prefix + "."));
    }

    private static void requirePresent(Attributes main, String header, List<String> problems) {
        String value = main.getValue(header);
        if (value == null || value.isBlank()) {
            problems.add("Manifest header " + header + " is missing");
        }
    }
}
