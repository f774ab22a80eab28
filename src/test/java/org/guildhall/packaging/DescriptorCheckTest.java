package org.guildhall.packaging;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

public class DescriptorCheckTest {

    private static final String CONDITION = "com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition";

    /** The manifest exists only after prepare-package (an earlier build); without it host conditions go unchecked here. */
    @Test
    public void realDescriptor_matchesTheProjectsClassesAndResources() throws IOException {
        Path manifestFile = ProjectLayout.classes().resolve("META-INF/MANIFEST.MF");
        Optional<Collection<String>> imports = Optional.empty();
        if (Files.isRegularFile(manifestFile)) {
            try (InputStream in = Files.newInputStream(manifestFile)) {
                imports = Optional.of(OsgiHeader.parse(new Manifest(in).getMainAttributes().getValue("Import-Package")).names());
            }
        }

        assertThat(check(PluginDescriptor.filtered(), imports).problems(), empty());
    }

    @Test
    public void brokenDescriptor_reportsEveryMismatch() {
        PluginDescriptor broken = descriptor("""
                <atlassian-plugin key="org.guildhall.confluence">
                  <resource type="i18n" name="i18n" location="i18n/nowhere"/>
                  <resource type="download" name="images/" location="images/"/>
                  <ao key="ao"><entity>org.guildhall.community.Community</entity><upgradeTask>org.guildhall.NoTask</upgradeTask></ao>
                  <rest key="rest" path="/guildhall" version="1.0"><package>org.guildhall.platform.web</package></rest>
                  <xhtml-macro key="m" name="community-directory" class="org.guildhall.community.Community"
                               icon="/download/resources/org.guildhall.confluence/images/missing.png"/>
                  <servlet key="s" class="org.guildhall.community.web.NoSuchServlet"/>
                  <web-item key="w"><condition class="%s"/></web-item>
                </atlassian-plugin>""".formatted(CONDITION));

        assertThat(check(broken, Optional.of(List.of())).problems(), containsInAnyOrder(
                containsString("<xhtml-macro class=\"org.guildhall.community.Community\">: does not extend or implement com.atlassian.confluence.macro.Macro"),
                containsString("<servlet class=\"org.guildhall.community.web.NoSuchServlet\">: no such class"),
                containsString("host class whose package com.atlassian.confluence.plugin.descriptor.web.conditions the bundle does not import"),
                containsString("<ao><entity>org.guildhall.community.Community: does not extend or implement net.java.ao.RawEntity"),
                containsString("<ao><upgradeTask>org.guildhall.NoTask: no such class"),
                containsString("<rest key=\"rest\">: none of its packages has a @Path resource"),
                containsString("i18n/nowhere.properties does not exist"),
                containsString("macro names must start with guildhall-"),
                containsString("icon /download/resources/org.guildhall.confluence/images/missing.png is not a file")));
    }

    @Test
    public void restPackageWithoutJaxRsClasses_isReported() {
        PluginDescriptor broken = descriptor("""
                <atlassian-plugin key="org.guildhall.confluence">
                  <rest key="rest" path="/guildhall" version="1.0">
                    <package>org.guildhall.community.web</package><package>org.guildhall.community.ao</package>
                  </rest>
                </atlassian-plugin>""");

        assertThat(check(broken, Optional.empty()).problems(), containsInAnyOrder(
                containsString("<package>org.guildhall.community.ao: no @Path resource or @Provider class in it")));
    }

    static DescriptorCheck check(PluginDescriptor descriptor, Optional<Collection<String>> manifestImports) {
        return new DescriptorCheck(descriptor, DescriptorCheckTest.class.getClassLoader(), ProjectLayout.classes(),
                ProjectLayout.mainResources(), manifestImports);
    }

    static PluginDescriptor descriptor(String xml) {
        return new PluginDescriptor(ProjectLayout.parseXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }
}
