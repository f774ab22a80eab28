package org.guildhall.workbench.scanner;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.springframework.stereotype.Component;

import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Atlassian Spring Scanner index of a plugin: the files {@code META-INF/plugin-components/component} (one
 * {@code class#beanName} per line) and {@code imports} (one {@code interface#beanName} per line), in the format the
 * scanner's runtime reads in Confluence. {@link #scan} derives it from the annotations of compiled classes, as
 * atlassian-spring-scanner-maven-plugin does; the workbench wires the app from the files.
 */
public record ScannerIndex(SortedSet<Entry> components, SortedSet<Entry> imports) {

    public static final String DIRECTORY = "META-INF/plugin-components";
    public static final String COMPONENT_FILE = "component";
    public static final String IMPORTS_FILE = "imports";

    /** One index line: a class name and the bean name Spring registers it under. */
    public record Entry(String className, String beanName) implements Comparable<Entry> {

        static Entry parse(String line) {
            int hash = line.indexOf('#');
            if (hash < 0) {
                String simple = line.substring(line.lastIndexOf('.') + 1);
                return new Entry(line, Introspector.decapitalize(simple.substring(simple.lastIndexOf('$') + 1)));
            }
            return new Entry(line.substring(0, hash), line.substring(hash + 1));
        }

        String line() {
            return className + "#" + beanName;
        }

        @Override
        public int compareTo(Entry other) {
            return line().compareTo(other.line());
        }
    }

    /**
     * Reads the annotations of every class under {@code classesDirectory}: {@code @Component} classes become
     * components, {@code @ComponentImport} constructor parameters become imports.
     */
    public static ScannerIndex scan(Path classesDirectory, ClassLoader classLoader) {
        SortedSet<Entry> components = new TreeSet<>();
        SortedSet<Entry> imports = new TreeSet<>();
        for (String className : classNames(classesDirectory)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot load " + className + " to index it", e);
            }
            Component component = type.getAnnotation(Component.class);
            if (component == null) {
                continue;
            }
            String beanName = component.value().isEmpty()
                    ? Introspector.decapitalize(type.getSimpleName()) : component.value();
            components.add(new Entry(type.getName(), beanName));
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    ComponentImport componentImport = parameter.getAnnotation(ComponentImport.class);
                    if (componentImport != null) {
                        String importName = componentImport.value().isEmpty()
                                ? Introspector.decapitalize(parameter.getType().getSimpleName()) : componentImport.value();
                        imports.add(new Entry(parameter.getType().getName(), importName));
                    }
                }
            }
        }
        return new ScannerIndex(components, imports);
    }

    /** Reads an index written by {@link #write} (or by Atlassian's scanner) from a classes directory. */
    public static ScannerIndex read(Path classesDirectory) {
        Path directory = classesDirectory.resolve(DIRECTORY);
        return new ScannerIndex(readEntries(directory.resolve(COMPONENT_FILE)), readEntries(directory.resolve(IMPORTS_FILE)));
    }

    /** Writes the index files under {@code classesDirectory/META-INF/plugin-components}. */
    public void write(Path classesDirectory) {
        Path directory = classesDirectory.resolve(DIRECTORY);
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(COMPONENT_FILE), lines(components), StandardCharsets.UTF_8);
            Files.write(directory.resolve(IMPORTS_FILE), lines(imports), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(SortedSet<Entry> entries) {
        return entries.stream().map(Entry::line).toList();
    }

    private static SortedSet<Entry> readEntries(Path file) {
        SortedSet<Entry> entries = new TreeSet<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(Entry.parse(line.trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<String> classNames(Path classesDirectory) {
        Path root = classesDirectory.resolve("org/guildhall");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classesDirectory.relativize(file).toString())
                    .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
