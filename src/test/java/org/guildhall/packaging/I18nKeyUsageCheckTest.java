package org.guildhall.packaging;

import org.junit.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

public class I18nKeyUsageCheckTest {

    private final I18nKeyUsageCheck check = new I18nKeyUsageCheck(PluginDescriptor.filtered(), ProjectLayout.mainResources(),
            ProjectLayout.mainJava(), I18nKeyUsageCheck.appEnums(ProjectLayout.classes(), getClass().getClassLoader()));

    @Test
    public void everyKeyTheAppUses_isInBothBundles() throws Exception {
        assertThat(check.problems(bundles(I18nParityCheckTest.english(), I18nParityCheckTest.german())), empty());
    }

    @Test
    public void dynamicVisibilityKey_requiresAKeyPerEnumConstant() throws Exception {
        Map<String, String> german = I18nParityCheckTest.german();
        german.remove("guildhall.directory.visibility.private");

        assertThat("the template builds the key from $community.visibility(), tied to enum Visibility",
                check.problems(Map.of("German", german)), hasItem(
                containsString("German bundle lacks key guildhall.directory.visibility.private (used in templates/community/directory.vm:")));
    }

    @Test
    public void keysUsedInJavaJavaScriptTemplatesAndDescriptor_areEachRequired() throws Exception {
        Map<String, String> english = I18nParityCheckTest.english();
        english.remove("guildhall.error.macro.limit");
        english.remove("guildhall.directory.load-failed");
        english.remove("guildhall.directory.more");
        english.remove("guildhall.space-tools.tooltip");
        english.remove("org.guildhall.confluence.guildhall-community-directory.param.limit.desc");

        assertThat(check.problems(Map.of("English", english)), contains(
                containsString("key guildhall.space-tools.tooltip (used in atlassian-plugin.xml <tooltip>)"),
                containsString("key org.guildhall.confluence.guildhall-community-directory.param.limit.desc (used in macro browser entry"),
                containsString("key guildhall.directory.more (used in templates/community/directory.vm:"),
                containsString("key guildhall.directory.load-failed (used in static/community/directory.js)"),
                containsString("key guildhall.error.macro.limit (used in org/guildhall/community/web/CommunityDirectoryMacro.java)")));
    }

    @Test
    public void dynamicKeyWithoutAMatchingEnum_needsOneKeyWithItsPrefix() {
        I18nKeyUsageCheck.KeyUse use = new I18nKeyUsageCheck.KeyUse("guildhall.badge.", true,
                java.util.Optional.of("badgeKind"), "somewhere");

        assertThat(check.requiredKeys(use), contains(new I18nKeyUsageCheck.RequiredKey("guildhall.badge.", true)));
    }

    private static Map<String, Map<String, String>> bundles(Map<String, String> english, Map<String, String> german) {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        bundles.put("English", english);
        bundles.put("German", german);
        return bundles;
    }
}
