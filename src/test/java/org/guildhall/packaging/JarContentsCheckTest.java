package org.guildhall.packaging;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

public class JarContentsCheckTest {

    private static final String GOOD_DESCRIPTOR = "<atlassian-plugin key=\"org.guildhall.confluence\" name=\"Guildhall\"/>";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void wellPackagedJar_hasNoProblems() throws IOException {
        assertThat(JarContentsCheck.problems(jar(goodEntries())), empty());
    }

    @Test
    public void hostApiCopyInTheJar_isReported() throws IOException {
        Map<String, String> entries = goodEntries();
        entries.put("com/atlassian/confluence/macro/Macro.class", "");

        assertThat(JarContentsCheck.problems(jar(entries)),
                contains(containsString("host API copy com/atlassian/confluence/macro/Macro.class")));
    }

    @Test
    public void foreignClassInTheJar_isReportedAsAnEmbed() throws IOException {
        Map<String, String> entries = goodEntries();
        entries.put("com/google/common/base/Strings.class", "");

        assertThat(JarContentsCheck.problems(jar(entries)),
                contains(containsString("class com/google/common/base/Strings.class outside org/guildhall/")));
    }

    @Test
    public void unfilteredDescriptor_isReportedWithThePlaceholder() throws IOException {
        Map<String, String> entries = goodEntries();
        entries.put("atlassian-plugin.xml", "<atlassian-plugin key=\"${atlassian.plugin.key}\"/>");

        assertThat(JarContentsCheck.problems(jar(entries)), contains(
                containsString("unfiltered placeholder ${atlassian.plugin.key}"),
                containsString("plugin key '${atlassian.plugin.key}'")));
    }

    @Test
    public void missingDescriptorAndScannerIndex_areReported() throws IOException {
        Map<String, String> entries = goodEntries();
        entries.remove("atlassian-plugin.xml");
        entries.remove("META-INF/plugin-components/imports");

        assertThat(JarContentsCheck.problems(jar(entries)), contains(
                containsString("lacks atlassian-plugin.xml"),
                containsString("lacks the Spring Scanner index file META-INF/plugin-components/imports")));
    }

    private static Map<String, String> goodEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("atlassian-plugin.xml", GOOD_DESCRIPTOR);
        entries.put("org/guildhall/community/Community.class", "");
        entries.put("META-INF/plugin-components/component", "org.guildhall.platform.Clock#clock\n");
        entries.put("META-INF/plugin-components/imports", "");
        entries.put("templates/community/directory.vm", "");
        return entries;
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = folder.newFile("app.jar").toPath();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jarOut.putNextEntry(new JarEntry(entry.getKey()));
                jarOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
