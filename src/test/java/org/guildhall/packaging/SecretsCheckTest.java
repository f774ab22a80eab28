package org.guildhall.packaging;

import org.junit.Test;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

public class SecretsCheckTest {

    @Test
    public void appSourcesAndResources_holdNoCredentialsOrAccountNames() {
        assertThat(SecretsCheck.problemsInSources(ProjectLayout.basedir().resolve("src/main"),
                ProjectLayout.basedir().resolve("atlassian-plugin.xml")), empty());
    }

    @Test
    public void findsAHardCodedAccount() {
        assertThat(SecretsCheck.problemsInText("Evil.java", "if (user.equals(\"admin\")) {"),
                contains("Evil.java:1: an account name as a string: \"admin\""));
    }

    @Test
    public void findsAPasswordLiteral_credentialsInAUrlAndABasicHeader() {
        String text = "private static final String PASSWORD = \"s3cr3t!\";\n"
                + "String url = \"jdbc:postgresql://guild:hunter22@db/x\";\n"
                + "request.header(\"Authorization\", \"Basic YWRtaW46YWRtaW4=\");\n";

        assertThat(SecretsCheck.problemsInText("Evil.java", text), hasSize(3));
    }

    @Test
    public void findsAnAccountNameAmongAClassFilesConstants() {
        byte[] constant = {1, 0, 5, 'a', 'd', 'm', 'i', 'n'};

        assertThat(SecretsCheck.problemsInClass("Evil.class", constant),
                contains("Evil.class: an account name as a string constant: admin"));
    }

    @Test
    public void acceptsPathsI18nKeysAndPasswordFieldsThatHoldNoSecret() {
        String text = "@Path(\"/admin/routing-settings\")\n"
                + "guildhall.admin.import.title=Import\n"
                + "String password = request.getParameter(\"os_password\");\n"
                + "<input type=\"password\" name=\"token\" value=\"$token\">\n";

        assertThat(SecretsCheck.problemsInText("Fine.java", text), is(empty()));
        assertThat(SecretsCheck.problemsInClass("Fine.class", "/admin/import".getBytes(StandardCharsets.UTF_8)),
                is(empty()));
    }
}
