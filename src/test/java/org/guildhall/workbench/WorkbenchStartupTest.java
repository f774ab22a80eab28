package org.guildhall.workbench;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.workbench.plugin.PluginSource;
import org.guildhall.workbench.plugin.PluginStartupException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/**
 * Descriptor mistakes fail in the workbench first: it refuses to start with a message naming the module, and it
 * enforces the velocity allowlist as Confluence 9+ does. Each test installs a variant of the built descriptor.
 */
public class WorkbenchStartupTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void start_withAMacroClassThatDoesNotExist_failsNamingTheModuleAndClass() throws IOException {
        PluginSource broken = descriptorWith("class=\"org.guildhall.community.web.CommunityDirectoryMacro\"",
                "class=\"org.guildhall.community.web.NoSuchMacro\"");

        PluginStartupException failure = assertThrows(PluginStartupException.class,
                () -> Workbench.start(WorkbenchOptions.forTests(folder.newFolder("home").toPath()), broken));

        assertThat(failure.getMessage(), allOf(containsString("<xhtml-macro key=\"guildhall-community-directory\">"),
                containsString("org.guildhall.community.web.NoSuchMacro")));
    }

    @Test
    public void start_withAModuleTypeTheWorkbenchDoesNotKnow_fails() throws IOException {
        PluginSource broken = descriptorWith("</atlassian-plugin>",
                "<web-panel key=\"guildhall-banner\" location=\"atl.page.metadata.banner\"/></atlassian-plugin>");

        PluginStartupException failure = assertThrows(PluginStartupException.class,
                () -> Workbench.start(WorkbenchOptions.forTests(folder.newFolder("home").toPath()), broken));

        assertThat(failure.getMessage(), containsString("<web-panel key=\"guildhall-banner\">"));
    }

    @Test
    public void start_afterAFailedStart_worksWithTheSameHome() throws IOException {
        Path home = folder.newFolder("home").toPath();
        PluginSource broken = descriptorWith("<ao key=", "<activeobjects key=");
        assertThrows(PluginStartupException.class, () -> Workbench.start(WorkbenchOptions.forTests(home), broken));

        try (Workbench workbench = Workbench.start(WorkbenchOptions.forTests(home))) {
            assertThat(new ConfluenceClient(workbench.baseUrl())
                    .getWithoutAccept("bob", "/rest/guildhall/1.0/communities").status(), is(200));
        }
    }

    @Test
    public void template_callingAMethodMissingFromTheVelocityAllowlist_failsToRenderWithAClearError()
            throws IOException {
        PluginSource withoutName = descriptorWith(
                "<method>org.guildhall.community.web.CommunityJson#name()</method>", "");

        try (Workbench workbench = Workbench.start(WorkbenchOptions.forTests(folder.newFolder("home").toPath()),
                withoutName)) {
            Response page = new ConfluenceClient(workbench.baseUrl()).getWithoutAccept("bob", "/display/GUILDHALL");

            assertThat(page.body(), allOf(containsString("aui-message-error"),
                    containsString("org.guildhall.community.web.CommunityJson#name()"),
                    containsString("velocity-allowlist")));
        }
    }

    private PluginSource descriptorWith(String original, String replacement) throws IOException {
        PluginSource built = PluginSource.fromClassPath();
        String descriptor = Files.readString(built.descriptor(), StandardCharsets.UTF_8);
        assertThat("the built descriptor contains " + original, descriptor.contains(original), is(true));
        Path variant = folder.newFile("atlassian-plugin.xml").toPath();
        Files.writeString(variant, descriptor.replace(original, replacement), StandardCharsets.UTF_8);
        return built.withDescriptor(variant);
    }
}
