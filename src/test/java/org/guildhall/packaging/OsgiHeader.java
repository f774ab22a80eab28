package org.guildhall.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed OSGi manifest header such as {@code Import-Package}: comma-separated clauses, each one or more package
 * names followed by {@code attribute=value} and {@code directive:=value} parameters. Quoted values may contain
 * commas ({@code version="[2.0,3)"}), which is why a plain {@code split(",")} is not enough.
 */
public record OsgiHeader(List<Clause> clauses) {

    /** One package with its parameters (a clause naming several packages becomes one Clause per package). */
    public record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {

        public Optional<String> version() {
            return Optional.ofNullable(attributes.get("version"));
        }

        /** @return the clause as header text, for writing a manifest */
        public String toHeaderText() {
            StringBuilder text = new StringBuilder(name);
            attributes.forEach((key, value) -> text.append(';').append(key).append("=\"").append(value).append('"'));
            directives.forEach((key, value) -> text.append(';').append(key).append(":=\"").append(value).append('"'));
            return text.toString();
        }

        public boolean isOptional() {
            return "optional".equals(directives.get("resolution"));
        }

        /** @return true when the version is a range with an upper end, such as {@code [3.2,4)} */
        public boolean hasUpperBound() {
            String version = attributes.getOrDefault("version", "").trim();
            return (version.startsWith("[") || version.startsWith("(")) && version.contains(",");
        }
    }

    public static OsgiHeader parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return new OsgiHeader(clauses);
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : splitOutsideQuotes(clause, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive == attribute - 1) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(part.substring(0, attribute).trim(), unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
            names.forEach(name -> clauses.add(new Clause(name, Map.copyOf(attributes), Map.copyOf(directives))));
        }
        return new OsgiHeader(List.copyOf(clauses));
    }

    public List<String> names() {
        return clauses.stream().map(Clause::name).toList();
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
