package org.guildhall.packaging;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/**
 * Installs the built jar in Apache Felix 7.0.5 next to a stand-in host bundle that exports what Confluence 10
 * exports, and requires it to resolve and start, as Confluence's OSGi container would. The negative tests show the
 * setup bites: a host lacking one package, or an app capping AO below the host's version, does not resolve.
 */
public class AppBundleInFelixIT {

    private static final String SAL_USER_PACKAGE = "com.atlassian.sal.api.user";

    private Path storage;
    private Framework framework;

    @Before
    public void startFelix() throws Exception {
        Path target = ProjectLayout.basedir().resolve("target");
        Files.createDirectories(target);
        storage = Files.createTempDirectory(target, "felix-cache-");
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
    }

    @After
    public void stopFelix() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
        if (storage != null) {
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    public void appBundle_startsNextToHostExportingConfluence10Packages() throws Exception {
        Path appJar = ProjectLayout.appJar();
        installHost(appImports(appJar), Set.of());

        Bundle app = install(appJar);
        app.start();

        assertThat(app.getSymbolicName(), is(ProjectLayout.PLUGIN_KEY));
        assertThat(app.getState(), is(Bundle.ACTIVE));
    }

    @Test
    public void appBundle_failsToResolveWhenHostLacksAMandatoryPackage() throws Exception {
        Path appJar = ProjectLayout.appJar();
        OsgiHeader imports = appImports(appJar);
        OsgiHeader.Clause salUser = imports.clauses().stream()
                .filter(clause -> clause.name().equals(SAL_USER_PACKAGE)).findFirst()
                .orElseThrow(() -> new AssertionError("the app no longer imports " + SAL_USER_PACKAGE + ": pick another mandatory package"));
        assertThat("an optional import would not prove anything", salUser.isOptional(), is(false));
        installHost(imports, Set.of(SAL_USER_PACKAGE));

        Bundle app = install(appJar);
        BundleException failure = assertThrows(BundleException.class, app::start);

        assertThat(failure.getMessage(), allOf(containsString("missing requirement"), containsString(SAL_USER_PACKAGE)));
        assertThat(app.getState(), is(Bundle.INSTALLED));
    }

    @Test
    public void appBundle_failsToResolveWhenItCapsActiveObjectsBelowTheHostVersion() throws Exception {
        Path appJar = ProjectLayout.appJar();
        installHost(appImports(appJar), Set.of());
        Path capped = withImportPackage(appJar, storage.resolve("capped-ao.jar"),
                "net.java.ao;version=\"[3.2,4)\",net.java.ao.schema;version=\"[3.2,4)\"");

        Bundle app = install(capped);
        BundleException failure = assertThrows(BundleException.class, app::start);

        assertThat(failure.getMessage(), containsString("net.java.ao"));
    }

    private void installHost(OsgiHeader appImports, Set<String> omitted) throws BundleException {
        Path hostJar = HostBundle.write(storage.resolve("confluence-host.jar"), HostBundle.exportsFor(appImports, omitted));
        Bundle host = install(hostJar);
        host.start();
        assertThat(host.getState(), is(Bundle.ACTIVE));
    }

    private Bundle install(Path jar) throws BundleException {
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    private static OsgiHeader appImports(Path appJar) throws IOException {
        try (JarFile jar = new JarFile(appJar.toFile())) {
            OsgiHeader imports = OsgiHeader.parse(jar.getManifest().getMainAttributes().getValue("Import-Package"));
            assertThat(imports.names(), hasItem(SAL_USER_PACKAGE));
            return imports;
        }
    }

    /** Copies the app jar with another Import-Package, as a build with a too-narrow range would produce. */
    private static Path withImportPackage(Path appJar, Path copy, String aoImports) throws IOException {
        try (InputStream in = Files.newInputStream(appJar); JarInputStream source = new JarInputStream(in)) {
            Manifest manifest = new Manifest(source.getManifest());
            String imports = manifest.getMainAttributes().getValue("Import-Package");
            List<String> others = OsgiHeader.parse(imports).clauses().stream()
                    .filter(clause -> !clause.name().startsWith("net.java.ao"))
                    .map(OsgiHeader.Clause::toHeaderText)
                    .toList();
            manifest.getMainAttributes().putValue("Import-Package", aoImports + "," + String.join(",", others));
            try (OutputStream out = Files.newOutputStream(copy); JarOutputStream target = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = source.getNextJarEntry(); entry != null; entry = source.getNextJarEntry()) {
                    target.putNextEntry(new JarEntry(entry.getName()));
                    source.transferTo(target);
                    target.closeEntry();
                }
            }
        }
        return copy;
    }
}
