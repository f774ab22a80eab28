package org.guildhall.packaging;

import org.junit.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

public class I18nParityCheckTest {

    @Test
    public void realBundles_haveTheSameKeysAndCompatiblePatterns() {
        assertThat(I18nParityCheck.problems(english(), german()), empty());
    }

    @Test
    public void keyMissingInGermanAndExtraKey_areReportedByName() {
        Map<String, String> german = german();
        german.remove("guildhall.directory.more");
        german.put("guildhall.directory.mehr", "Mehr");

        assertThat(I18nParityCheck.problems(english(), german), containsInAnyOrder(
                "German bundle lacks key guildhall.directory.more",
                "German bundle has key guildhall.directory.mehr, which the English bundle does not"));
    }

    @Test
    public void emptyValueBrokenPatternAndArgumentMismatch_areReported() {
        Map<String, String> english = new TreeMap<>(Map.of("a", "{0} of {1}", "b", "Fine", "c", "x"));
        Map<String, String> german = new TreeMap<>(Map.of("a", "{0} von", "b", " ", "c", "{0,nonsense}"));

        assertThat(I18nParityCheck.problems(english, german), contains(
                "German text of b is empty",
                "German text of c is not a valid MessageFormat pattern: {0,nonsense}",
                "a takes 2 argument(s) in English but 1 in German"));
    }

    static Map<String, String> english() {
        return I18nParityCheck.load(ProjectLayout.mainResources().resolve("i18n/guildhall.properties"));
    }

    static Map<String, String> german() {
        return I18nParityCheck.load(ProjectLayout.mainResources().resolve("i18n/guildhall_de.properties"));
    }
}
