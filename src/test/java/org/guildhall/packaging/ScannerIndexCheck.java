package org.guildhall.packaging;

import org.guildhall.workbench.scanner.ScannerIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks that the Spring Scanner index packaged in the jar agrees with the annotations of the classes packaged
 * next to it. Confluence wires the app from the index alone: a stale line names a bean that no longer exists (the
 * plugin fails to enable) and a missing line leaves a component or host import unwired.
 */
public final class ScannerIndexCheck {

    private ScannerIndexCheck() {
    }

    /**
     * Compares the jar's index with {@link ScannerIndex#scan} of the jar's own classes.
     *
     * @param hostApiClasses where the compile-only host API copies are (target/classes): the jar rightly lacks them,
     *                       and failsafe puts the jar, not target/classes, on the test class path
     */
    public static List<String> problems(Path jar, Path hostApiClasses) {
        try (FileSystem jarFiles = FileSystems.newFileSystem(jar);
             URLClassLoader hostApi = new URLClassLoader(new URL[] {hostApiClasses.toUri().toURL()},
                     ScannerIndexCheck.class.getClassLoader());
             URLClassLoader loader = new AppFirstClassLoader(jar.toUri().toURL(), hostApi)) {
            Path root = jarFiles.getPath("/");
            return problems(ScannerIndex.scan(root, loader), ScannerIndex.read(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a line for every entry the index lacks or has in excess; empty when both agree */
    public static List<String> problems(ScannerIndex fromAnnotations, ScannerIndex packaged) {
        List<String> problems = new ArrayList<>();
        compare(ScannerIndex.COMPONENT_FILE, fromAnnotations.components(), packaged.components(), problems);
        compare(ScannerIndex.IMPORTS_FILE, fromAnnotations.imports(), packaged.imports(), problems);
        return problems;
    }

    private static void compare(String file, SortedSet<ScannerIndex.Entry> expected, SortedSet<ScannerIndex.Entry> actual,
                                List<String> problems) {
        SortedSet<ScannerIndex.Entry> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        SortedSet<ScannerIndex.Entry> stale = new TreeSet<>(actual);
        stale.removeAll(expected);
        missing.forEach(entry -> problems.add("index file " + file + " lacks " + entry.className() + "#" + entry.beanName()));
        stale.forEach(entry -> problems.add("index file " + file + " has stale " + entry.className() + "#" + entry.beanName()
                + " (no such annotation in the jar's classes)"));
    }

    /**
     * Loads the app's classes from the jar even though the test class path has the same names in target/classes,
     * so the check reads what is packaged (an app class missing from the jar fails to load instead of being found in
     * target/classes); host and library types come from the test class path.
     */
    static final class AppFirstClassLoader extends URLClassLoader {

        AppFirstClassLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.guildhall.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
