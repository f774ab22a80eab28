package org.guildhall.packaging;

import org.junit.Test;

import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

public class ManifestImportsCheckTest {

    private static final String CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions";
    private static final String GOOD_IMPORTS = "net.java.ao;version=0,jakarta.servlet.http;version=\"[5.0,7)\","
            + "com.atlassian.sal.api.user," + CONDITIONS + ",org.slf4j;version=\"[1.7,3)\"";

    @Test
    public void manifestWithOpenHostRanges_hasNoProblems() {
        assertThat(ManifestImportsCheck.problems(manifest(GOOD_IMPORTS), List.of(CONDITIONS)), empty());
    }

    @Test
    public void upperBoundedActiveObjectsImport_isReported() {
        Manifest manifest = manifest(GOOD_IMPORTS + ",net.java.ao.schema;version=\"[3.2,4)\"");

        assertThat(ManifestImportsCheck.problems(manifest, List.of(CONDITIONS)),
                contains(containsString("caps net.java.ao.schema at version=\"[3.2,4)\"")));
    }

    @Test
    public void upperBoundedVelocityImport_isReported() {
        Manifest manifest = manifest(GOOD_IMPORTS + ",org.apache.velocity.app;version=\"[1.7,1.8)\"");

        assertThat(ManifestImportsCheck.problems(manifest, List.of(CONDITIONS)),
                contains(containsString("caps org.apache.velocity.app")));
    }

    @Test
    public void javaPackageImport_isReported() {
        Manifest manifest = manifest("java.lang," + GOOD_IMPORTS);

        assertThat(ManifestImportsCheck.problems(manifest, List.of(CONDITIONS)),
                contains(containsString("imports java.lang")));
    }

    @Test
    public void missingImportOfADescriptorOnlyPackage_isReported() {
        Manifest manifest = manifest(GOOD_IMPORTS.replace(CONDITIONS + ",", ""));

        assertThat(ManifestImportsCheck.problems(manifest, List.of(CONDITIONS)),
                contains(containsString("lacks " + CONDITIONS)));
    }

    @Test
    public void exportedAppPackageAndWrongPluginKey_areReported() {
        Manifest manifest = manifest(GOOD_IMPORTS);
        manifest.getMainAttributes().putValue("Export-Package", "org.guildhall.community;version=\"0.1.0\"");
        manifest.getMainAttributes().putValue("Atlassian-Plugin-Key", "guildhall");
        manifest.getMainAttributes().remove(new Attributes.Name("Spring-Context"));

        assertThat(ManifestImportsCheck.problems(manifest, List.of(CONDITIONS)), contains(
                containsString("Atlassian-Plugin-Key is guildhall"),
                containsString("Spring-Context is missing"),
                containsString("exports app internals: org.guildhall.community")));
    }

    private static Manifest manifest(String importPackage) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Atlassian-Plugin-Key", ProjectLayout.PLUGIN_KEY);
        main.putValue("Spring-Context", "*");
        main.putValue("Bundle-SymbolicName", ProjectLayout.PLUGIN_KEY);
        main.putValue("Import-Package", importPackage);
        return manifest;
    }
}
