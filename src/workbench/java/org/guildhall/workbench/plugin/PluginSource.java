package org.guildhall.workbench.plugin;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the workbench finds the app it installs: the built classes directory (classes, resources and the Spring
 * Scanner index under {@code META-INF/plugin-components/}) and the descriptor. Normally both come from the
 * class path ({@link #fromClassPath()}); tests may point the descriptor elsewhere to check how a broken one fails.
 *
 * @param classesDirectory the app's build output, e.g. {@code target/classes}
 * @param descriptor       the {@code atlassian-plugin.xml} to install (already filtered by the build)
 */
public record PluginSource(Path classesDirectory, Path descriptor) {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    /** The app as the build left it: the class path's {@code atlassian-plugin.xml} and the directory it is in. */
    public static PluginSource fromClassPath() {
        URL descriptor = PluginSource.class.getClassLoader().getResource(DESCRIPTOR);
        if (descriptor == null) {
            throw new PluginStartupException(DESCRIPTOR + " is not on the class path: build the app first "
                    + "(mvn process-classes) so the filtered descriptor is in target/classes");
        }
        if (!"file".equals(descriptor.getProtocol())) {
            throw new PluginStartupException("The workbench installs the app from its classes directory, but "
                    + DESCRIPTOR + " was found in " + descriptor);
        }
        try {
            Path file = Path.of(descriptor.toURI());
            return new PluginSource(file.getParent(), file);
        } catch (URISyntaxException e) {
            throw new PluginStartupException("Cannot read the location of " + descriptor, e);
        }
    }

    /** The same app classes with another descriptor. */
    public PluginSource withDescriptor(Path otherDescriptor) {
        return new PluginSource(classesDirectory, otherDescriptor);
    }

    /** @return the project folder when the classes are the usual {@code <project>/target/classes}, else null */
    public Path projectDirectory() {
        Path target = classesDirectory.getParent();
        Path project = target == null ? null : target.getParent();
        return project != null && Files.exists(project.resolve("pom.xml")) ? project : null;
    }
}
