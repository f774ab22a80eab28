package org.guildhall.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds credentials and accounts written into the app: a password, token or key as a literal, credentials in a URL,
 * a private key, an HTTP Basic header, or a well-known or demo account name ({@code admin}, {@code alice} …) as a
 * string of its own. The app must learn who may do what from Confluence, never from a name in its code. Reads the
 * app's sources and resources, and the built jar (class files' string constants and every text entry); the workbench
 * and the tests, which do need demo accounts, are not read.
 */
public final class SecretsCheck {

    /** Accounts a peer product once shipped hard-coded, plus the workbench's demo users. */
    static final Set<String> ACCOUNT_NAMES = Set.of("admin", "administrator", "root", "sysadmin", "guest",
            "alice", "bob", "carol", "dave", "erin");

    private static final List<Rule> TEXT_RULES = List.of(
            new Rule("a secret assigned a literal", Pattern.compile(
                    "(?i)\\b[\\w.-]*(password|passwd|secret|token|api[_-]?key)s?\\b\\s*[:=]\\s*[\"'][^\"'\\s$]{4,}[\"']")),
            new Rule("credentials in a URL", Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^/\\s:@\"']+:[^/\\s@\"']+@")),
            new Rule("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
            new Rule("an HTTP Basic credential", Pattern.compile("\\bBasic [A-Za-z0-9+/]{12,}={0,2}")),
            new Rule("an AWS access key", Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b")),
            new Rule("an account name as a string", Pattern.compile(
                    "[\"'](" + String.join("|", ACCOUNT_NAMES) + ")[\"']")));

    private static final Set<String> TEXT_EXTENSIONS = Set.of(".java", ".vm", ".js", ".css", ".properties", ".xml",
            ".json", ".html", ".txt", ".MF");

    private record Rule(String what, Pattern pattern) {
    }

    private SecretsCheck() {
    }

    /** @return one line per finding in the app's sources and resources under the given folders */
    public static List<String> problemsInSources(Path... roots) {
        List<String> problems = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(file -> isText(file.getFileName().toString()))
                        .forEach(file -> problems.addAll(problemsInText(root.equals(file) ? file.getFileName().toString()
                                : root.relativize(file).toString(),
                                read(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    /** @return one line per finding in the jar's text entries and the string constants of its classes */
    public static List<String> problemsInJar(Path jar) {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith("org/guildhall/") && entry.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().endsWith(".class")) {
                        problems.addAll(problemsInClass(entry.getName(), bytes));
                    } else if (isText(entry.getName())) {
                        problems.addAll(problemsInText(entry.getName(), new String(bytes, StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    static List<String> problemsInText(String name, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Rule rule : TEXT_RULES) {
                Matcher matcher = rule.pattern().matcher(lines[i]);
                if (matcher.find() && !namesAColumnOrKey(matcher.group())) {
                    problems.add(name + ":" + (i + 1) + ": " + rule.what() + ": " + matcher.group().trim());
                }
            }
        }
        return problems;
    }

    /**
     * {@code LOCK_TOKEN = "LOCK_TOKEN"}: a constant holding a column name, or an i18n key such as
     * {@code "guildhall.error.token"}, is not a secret.
     */
    private static boolean namesAColumnOrKey(String match) {
        Matcher literal = Pattern.compile("[\"']([^\"']*)[\"']$").matcher(match);
        return literal.find() && literal.group(1).matches("[A-Z][A-Z0-9_]*|[a-z]+(\\.[a-z0-9-]+)+");
    }

    /**
     * A class file holds each string constant as a CONSTANT_Utf8 entry: tag 1, a two-byte length, the bytes. An
     * account name stored as a whole constant is exactly such an entry; the text rules then run over the
     * constants' bytes.
     */
    static List<String> problemsInClass(String name, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        for (String account : ACCOUNT_NAMES) {
            byte[] entry = new byte[account.length() + 3];
            entry[0] = 1;
            entry[1] = 0;
            entry[2] = (byte) account.length();
            System.arraycopy(account.getBytes(StandardCharsets.US_ASCII), 0, entry, 3, account.length());
            if (indexOf(bytes, entry) >= 0) {
                problems.add(name + ": an account name as a string constant: " + account);
            }
        }
        for (String problem : problemsInText(name, new String(bytes, StandardCharsets.ISO_8859_1))) {
            if (!problem.contains("an account name as a string")) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isText(String name) {
        return TEXT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
