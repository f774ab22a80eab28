package org.guildhall.packaging;

import org.guildhall.community.web.CommunityJson;
import org.junit.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

public class VelocityAllowlistCheckTest {

    private static final String TEMPLATE = "templates/test/card.vm";
    private final VelocityAllowlistCheck check = new VelocityAllowlistCheck(getClass().getClassLoader(),
            Map.of(TEMPLATE, Map.of("community", CommunityJson.class, "communities", List.class)), Set.of("i18n"));

    @Test
    public void realAllowlistEntries_nameExistingPublicMethods() {
        Set<String> allowlist = VelocityAllowlistCheck.allowlist(PluginDescriptor.filtered());

        assertThat(realCheck().entryProblems(allowlist), empty());
    }

    @Test
    public void realTemplates_callOnlyAllowListedAppMethods() throws Exception {
        Set<String> allowlist = VelocityAllowlistCheck.allowlist(PluginDescriptor.filtered());
        List<String> problems = new ArrayList<>();
        for (Path template : TemplateCheck.templates(ProjectLayout.mainResources())) {
            String name = ProjectLayout.mainResources().relativize(template).toString().replace('\\', '/');
            problems.addAll(realCheck().templateProblems(name, TemplateCheck.read(template), allowlist));
        }

        assertThat(problems, empty());
    }

    @Test
    public void entriesNamingMissingMethodsOrClasses_areReported() {
        Set<String> allowlist = new TreeSet<>(Set.of(
                "org.guildhall.community.web.CommunityJson#name()",
                "org.guildhall.community.web.CommunityJson#title()",
                "org.guildhall.community.web.Gone#name()"));

        assertThat(check.entryProblems(allowlist), containsInAnyOrder(
                containsString("CommunityJson#title(): no such public method"),
                containsString("Gone#name(): no such class")));
    }

    @Test
    public void callOnAppObjectMissingFromTheAllowlist_isReportedWithItsLine() throws Exception {
        String template = "#foreach ($community in $communities)\n<a href=\"$community.url()\">$community.name()</a>\n#end\n";

        assertThat(check.templateProblems(TEMPLATE, template, Set.of("org.guildhall.community.web.CommunityJson#name()")),
                contains(containsString(TEMPLATE + ":2 $community.url(): org.guildhall.community.web.CommunityJson#url()"
                        + " is not in <velocity-allowlist>")));
    }

    @Test
    public void callInsideAnInterpolatedI18nKey_isChecked() throws Exception {
        String template = "$i18n.getText(\"guildhall.directory.visibility.$community.visibility()\")";

        assertThat(check.templateProblems(TEMPLATE, template, Set.of()),
                contains(containsString("CommunityJson#visibility() is not in <velocity-allowlist>")));
    }

    @Test
    public void propertySyntaxUnknownReferencesAndUnknownTemplates_areReported() throws Exception {
        String template = "$community.name $space.key() $communities.size()";

        assertThat(check.templateProblems(TEMPLATE, template, Set.of()), containsInAnyOrder(
                containsString("$community.name: property syntax on org.guildhall.community.web.CommunityJson"),
                containsString("$space is not in TemplateModels")));
        assertThat(check.templateProblems("templates/new.vm", "", Set.of()),
                contains(containsString("templates/new.vm has no entry in TemplateModels")));
    }

    private VelocityAllowlistCheck realCheck() {
        return new VelocityAllowlistCheck(getClass().getClassLoader(), TemplateModels.all(), TemplateModels.HOST_REFERENCES);
    }
}
