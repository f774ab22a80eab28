package org.guildhall.workbench.plugin;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/** Reading atlassian-plugin.xml strictly, so that descriptor mistakes fail in the workbench. */
public class DescriptorReaderTest {

    private static final String HEAD = "<atlassian-plugin key=\"org.example\" name=\"Example\" plugins-version=\"2\">"
            + "<resource type=\"i18n\" name=\"i18n\" location=\"i18n/example\"/>";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void modules_areReadWithTheirSettings() throws IOException {
        PluginDescriptor descriptor = DescriptorReader.read(descriptor(
                "<rest key=\"api\" path=\"/example\" version=\"1.0\"><package>org.example.web</package></rest>"
                        + "<xhtml-macro key=\"m\" name=\"example-macro\" class=\"org.example.Macro\"/>"));

        assertThat(descriptor.pluginKey(), is("org.example"));
        assertThat(descriptor.i18nLocation(), is("i18n/example"));
        assertThat(descriptor.restModules().get(0).mountPoint(), is("/rest/example/1.0"));
        assertThat(descriptor.macros().stream().map(PluginDescriptor.MacroModule::name).toList(), contains("example-macro"));
    }

    @Test
    public void twoModulesWithOneKey_areRefused() throws IOException {
        Path file = descriptor("<servlet key=\"same\" class=\"a.B\"><url-pattern>/a</url-pattern></servlet>"
                + "<web-resource key=\"same\"/>");

        PluginStartupException failure = assertThrows(PluginStartupException.class, () -> DescriptorReader.read(file));

        assertThat(failure.getMessage(), containsString("two modules have the key 'same'"));
    }

    @Test
    public void unfilteredPlaceholder_isRefused() throws IOException {
        Path file = descriptor("<xhtml-macro key=\"m\" name=\"${macro.name}\" class=\"a.B\"/>");

        PluginStartupException failure = assertThrows(PluginStartupException.class, () -> DescriptorReader.read(file));

        assertThat(failure.getMessage(), containsString("did not filter"));
    }

    @Test
    public void restModuleWithoutPackages_isRefused() throws IOException {
        Path file = descriptor("<rest key=\"api\" path=\"/example\" version=\"1.0\"/>");

        PluginStartupException failure = assertThrows(PluginStartupException.class, () -> DescriptorReader.read(file));

        assertThat(failure.getMessage(), containsString("<rest key=\"api\"> needs at least one <package>"));
    }

    @Test
    public void webPanels_areReadWithLocationWeightAndClass_andTemplatePanelsAreRefused() throws IOException {
        PluginDescriptor descriptor = DescriptorReader.read(descriptor(
                "<web-panel key=\"p\" location=\"atl.userprofile\" weight=\"50\" class=\"org.example.Panel\">"
                        + "<description>A panel</description></web-panel>"));

        assertThat(descriptor.webPanels(), contains(new PluginDescriptor.WebPanelModule("p", "atl.userprofile", 50,
                "org.example.Panel")));
        Path templated = folder.newFolder().toPath().resolve("atlassian-plugin.xml");
        Files.writeString(templated, HEAD + "<web-panel key=\"t\" location=\"atl.userprofile\">"
                + "<resource name=\"view\" type=\"velocity\" location=\"t.vm\"/></web-panel></atlassian-plugin>");
        PluginStartupException failure = assertThrows(PluginStartupException.class,
                () -> DescriptorReader.read(templated));
        assertThat(failure.getMessage(), containsString("from their class attribute only"));
    }

    private Path descriptor(String modules) throws IOException {
        Path file = folder.newFile("atlassian-plugin.xml").toPath();
        Files.writeString(file, HEAD + modules + "</atlassian-plugin>");
        return file;
    }
}
