package org.guildhall.packaging;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

public class TemplateCheckTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void realTemplates_parseWithVelocity17() {
        assertThat(TemplateCheck.templates(ProjectLayout.mainResources()).size() >= 2, org.hamcrest.Matchers.is(true));
        assertThat(TemplateCheck.parseProblems(ProjectLayout.mainResources()), empty());
    }

    @Test
    public void realTemplateNamesInJava_allExist() {
        assertThat(TemplateCheck.referenceProblems(ProjectLayout.mainJava(), ProjectLayout.mainResources()), empty());
    }

    @Test
    public void templateWithUnclosedDirective_isReportedWithItsName() throws IOException {
        Path resources = folder.getRoot().toPath();
        write(resources.resolve("templates/qa/question.vm"), "#if ($question)\n<h1>$question.title()</h1>\n");
        write(resources.resolve("templates/qa/fine.vm"), "#if ($x)ok#end\n");

        assertThat(TemplateCheck.parseProblems(resources), contains(containsString("templates/qa/question.vm does not parse")));
    }

    @Test
    public void javaReferringToAMissingTemplate_isReported() throws IOException {
        Path root = folder.getRoot().toPath();
        write(root.resolve("java/org/guildhall/qa/web/QuestionServlet.java"),
                "class QuestionServlet { static final String TEMPLATE = \"templates/qa/question.vm\"; }");

        assertThat(TemplateCheck.referenceProblems(root.resolve("java"), root.resolve("resources")),
                contains(containsString("refers to template templates/qa/question.vm")));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
