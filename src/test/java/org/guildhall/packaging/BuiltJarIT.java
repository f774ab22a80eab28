package org.guildhall.packaging;

import org.junit.Test;

import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

/**
 * Runs the packaging checks on the jar {@code mvn package} built: what an administrator uploads is what is checked.
 */
public class BuiltJarIT {

    private final Path jar = ProjectLayout.appJar();

    @Test
    public void jar_containsOnlyTheAppAndAFilteredDescriptor() {
        assertThat(JarContentsCheck.problems(jar), empty());
    }

    @Test
    public void jar_holdsNoCredentialsOrAccountNames() {
        assertThat(SecretsCheck.problemsInJar(jar), empty());
    }

    @Test
    public void jar_scannerIndexMatchesTheAnnotationsOfItsClasses() {
        assertThat(ScannerIndexCheck.problems(jar, ProjectLayout.classes()), empty());
    }

    @Test
    public void manifest_importsWhatConfluenceProvidesWithoutCappingHostVersions() throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.filtered();
        assertThat("the descriptor's web-item condition is what makes this import necessary",
                descriptor.hostConditionPackages(), hasItem("com.atlassian.confluence.plugin.descriptor.web.conditions"));

        assertThat(ManifestImportsCheck.problems(manifest(), descriptor.hostConditionPackages()), empty());
    }

    @Test
    public void descriptor_hostConditionsAreImportedByTheBuiltBundle() throws Exception {
        java.util.Collection<String> imports = OsgiHeader.parse(manifest().getMainAttributes().getValue("Import-Package")).names();

        assertThat(DescriptorCheckTest.check(PluginDescriptor.filtered(), java.util.Optional.of(imports)).problems(), empty());
    }

    private Manifest manifest() throws Exception {
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            return jarFile.getManifest();
        }
    }
}
