package org.guildhall.packaging;

import org.apache.velocity.runtime.parser.ParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the Velocity templates: each one parses with Velocity 1.7 (a syntax error otherwise shows only when a
 * page renders), and every template name the Java code refers to (a string literal ending in {@code .vm}) exists,
 * since the template renderer finds templates by name at run time.
 */
public final class TemplateCheck {

    static final Pattern TEMPLATE_NAME_LITERAL = Pattern.compile("\"([^\"\\s]+\\.vm)\"");

    private TemplateCheck() {
    }

    /** @return a line per template under {@code resources/templates} that does not parse */
    public static List<String> parseProblems(Path resources) {
        VelocityTemplateParser parser = new VelocityTemplateParser();
        List<String> problems = new ArrayList<>();
        for (Path template : templates(resources)) {
            String name = resources.relativize(template).toString().replace('\\', '/');
            try {
                parser.parse(Files.readString(template, StandardCharsets.UTF_8), name);
            } catch (ParseException e) {
                problems.add(name + " does not parse: " + e.getMessage().lines().findFirst().orElse(""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    /** @return a line per {@code "….vm"} literal in the Java sources that names no file under {@code resources} */
    public static List<String> referenceProblems(Path javaSources, Path resources) {
        List<String> problems = new ArrayList<>();
        for (Path source : files(javaSources, ".java")) {
            Matcher matcher = TEMPLATE_NAME_LITERAL.matcher(read(source));
            while (matcher.find()) {
                if (!Files.isRegularFile(resources.resolve(matcher.group(1)))) {
                    problems.add(javaSources.relativize(source) + " refers to template " + matcher.group(1)
                            + ", which is not under src/main/resources");
                }
            }
        }
        return problems;
    }

    static List<Path> templates(Path resources) {
        return files(resources.resolve("templates"), ".vm");
    }

    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
