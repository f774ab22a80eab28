package org.guildhall.workbench.plugin;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Tells the app's own classes from everything else on the workbench's class path (host copies, libraries, tests):
 * a class belongs to the app when it was loaded from the app's classes directory, as a bundle's classes come from
 * its jar in Confluence — except the compile-only host API copies ({@value #HOST_PACKAGES}*), which the build
 * also puts there but never packages: in Confluence those classes are the host's.
 */
public final class PluginClasses {

    static final String HOST_PACKAGES = "com.atlassian.";

    private final Path directory;
    private final ClassValue<Boolean> fromApp = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (type.getName().startsWith(HOST_PACKAGES) || source == null || source.getLocation() == null) {
                return false;
            }
            try {
                return Path.of(source.getLocation().toURI()).equals(directory);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return false;
            }
        }
    };

    public PluginClasses(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public boolean contains(Class<?> type) {
        return fromApp.get(type);
    }
}
