package org.guildhall.packaging;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the English and German bundles in step: the same keys (reported by name, both ways), no empty values, and
 * every value a valid {@link MessageFormat} pattern taking the same number of arguments in both languages. SAL
 * formats every text with MessageFormat, so a broken pattern or a German text that drops {@code {1}} shows wrong
 * text only to some users; Confluence falls back to the key itself for a missing one.
 */
public final class I18nParityCheck {

    private I18nParityCheck() {
    }

    /** Reads a bundle as UTF-8 (the build's properties encoding; {@code \\u} escapes work too), sorted by key. */
    public static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    /** @return a line per key missing on either side, per empty value and per pattern problem */
    public static List<String> problems(Map<String, String> english, Map<String, String> german) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.keySet())) {
            if (!german.containsKey(key)) {
                problems.add("German bundle lacks key " + key);
            }
        }
        for (String key : new TreeSet<>(german.keySet())) {
            if (!english.containsKey(key)) {
                problems.add("German bundle has key " + key + ", which the English bundle does not");
            }
        }
        checkValues("English", english, problems);
        checkValues("German", german, problems);
        for (String key : english.keySet()) {
            if (german.containsKey(key)) {
                int englishArguments = argumentCount(english.get(key));
                int germanArguments = argumentCount(german.get(key));
                if (englishArguments >= 0 && germanArguments >= 0 && englishArguments != germanArguments) {
                    problems.add(key + " takes " + englishArguments + " argument(s) in English but "
                            + germanArguments + " in German");
                }
            }
        }
        return problems;
    }

    private static void checkValues(String language, Map<String, String> texts, List<String> problems) {
        texts.forEach((key, value) -> {
            if (value.isBlank()) {
                problems.add(language + " text of " + key + " is empty");
            } else if (argumentCount(value) < 0) {
                problems.add(language + " text of " + key + " is not a valid MessageFormat pattern: " + value);
            }
        });
    }

    /** @return how many arguments the pattern uses (highest index + 1), or -1 when it does not parse */
    static int argumentCount(String pattern) {
        try {
            return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
