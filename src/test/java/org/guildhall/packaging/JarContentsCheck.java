package org.guildhall.packaging;

import org.w3c.dom.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks what the built jar contains. The host API copies ({@code com/atlassian/**}) exist only to compile: packaged,
 * they would shadow Confluence's real classes inside our bundle and fail with linkage errors. Any other foreign
 * class would be an accidental embed. The descriptor must be filtered (a left-over {@code ${...}} makes Confluence
 * register a plugin with a literal placeholder as its key), and the Spring Scanner index must be there, or no
 * component is wired.
 */
public final class JarContentsCheck {

    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String APP_CLASSES = "org/guildhall/";
    static final String HOST_API_COPIES = "com/atlassian/";
    static final List<String> SCANNER_INDEX_FILES = List.of(
            "META-INF/plugin-components/component", "META-INF/plugin-components/imports");
    /**
     * Path prefixes of classes we embed on purpose, because Confluence does not provide them: the CommonMark renderer
     * (with its tables extension), the OWASP HTML sanitiser (and its Java-version shims) for question and answer
     * bodies, and java-diff-utils for revision diffs.
     */
    static final Set<String> DELIBERATE_EMBEDS = Set.of("org/commonmark/", "org/owasp/html/", "org/owasp/shim/",
            "com/github/difflib/");

    private JarContentsCheck() {
    }

    /** @return one line per problem; empty when the jar is fine */
    public static List<String> problems(Path jar) {
        List<String> problems = new ArrayList<>();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            checkDescriptor(jarFile, problems);
            for (JarEntry entry : Collections.list(jarFile.entries())) {
                String name = entry.getName();
                if (name.startsWith(HOST_API_COPIES) && !entry.isDirectory()) {
                    problems.add("jar contains host API copy " + name + " (com/atlassian/** must never be packaged)");
                } else if (name.endsWith(".class") && !name.startsWith(APP_CLASSES) && !isDeliberateEmbed(name)) {
                    problems.add("jar contains class " + name + " outside " + APP_CLASSES);
                }
            }
            for (String indexFile : SCANNER_INDEX_FILES) {
                if (jarFile.getEntry(indexFile) == null) {
                    problems.add("jar lacks the Spring Scanner index file " + indexFile);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void checkDescriptor(JarFile jarFile, List<String> problems) throws IOException {
        JarEntry descriptor = jarFile.getJarEntry(DESCRIPTOR);
        if (descriptor == null) {
            problems.add("jar lacks " + DESCRIPTOR + " at its root");
            return;
        }
        byte[] bytes;
        try (InputStream in = jarFile.getInputStream(descriptor)) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int placeholder = text.indexOf("${");
        if (placeholder >= 0) {
            int end = text.indexOf('}', placeholder);
            problems.add(DESCRIPTOR + " has an unfiltered placeholder " + text.substring(placeholder, end < 0 ? text.length() : end + 1));
        }
        Document document = ProjectLayout.parseXml(new java.io.ByteArrayInputStream(bytes));
        String key = document.getDocumentElement().getAttribute("key");
        if (!ProjectLayout.PLUGIN_KEY.equals(key)) {
            problems.add(DESCRIPTOR + " has plugin key '" + key + "', expected " + ProjectLayout.PLUGIN_KEY);
        }
    }

    private static boolean isDeliberateEmbed(String name) {
        return DELIBERATE_EMBEDS.stream().anyMatch(name::startsWith);
    }
}
