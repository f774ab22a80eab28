package org.guildhall.workbench.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * AUI for the workbench's pages, served at {@code /s/aui/…}: the real {@code @atlassian/aui} prototyping build
 * (with its jQuery peer) when the build installed it into {@code node_modules/}, otherwise a small plain stylesheet
 * and an {@code AJS} shim from the workbench's resources, so pages keep working without npm.
 */
public final class AuiAssets {

    private static final Logger LOG = LoggerFactory.getLogger(AuiAssets.class);
    private static final String FALLBACK = "workbench/static/aui-fallback/";

    private final Path auiDirectory;
    private final Path jquery;

    private AuiAssets(Path auiDirectory, Path jquery) {
        this.auiDirectory = auiDirectory;
        this.jquery = jquery;
    }

    /** @param projectDirectory where {@code node_modules/} is, or null when unknown */
    public static AuiAssets locate(Path projectDirectory, boolean quiet) {
        if (projectDirectory != null) {
            Path modules = projectDirectory.resolve("node_modules");
            Path aui = modules.resolve("@atlassian/aui/dist/aui");
            Path jquery = modules.resolve("jquery/dist/jquery.min.js");
            if (Files.isRegularFile(aui.resolve("aui-prototyping.css")) && Files.isRegularFile(jquery)) {
                if (!quiet) {
                    LOG.info("AUI: using @atlassian/aui from {}", aui);
                }
                return new AuiAssets(aui, jquery);
            }
        }
        LOG.warn("AUI: node_modules/@atlassian/aui is missing (npm not installed?), serving the workbench's plain "
                + "fallback stylesheet and AJS shim instead");
        return new AuiAssets(null, null);
    }

    public boolean isRealAui() {
        return auiDirectory != null;
    }

    /** @return stylesheet URLs below the context path */
    public List<String> stylesheets() {
        return List.of("/s/aui/aui-prototyping.css", "/s/workbench/workbench.css");
    }

    /**
     * @return script URLs below the context path, in load order: Confluence's own AJS parts first, because AUI
     *         takes {@code AJS.contextPath} from the page when it loads
     */
    public List<String> scripts() {
        return isRealAui()
                ? List.of("/s/workbench/confluence-ajs.js", "/s/jquery/jquery.min.js", "/s/aui/aui-prototyping.js")
                : List.of("/s/workbench/confluence-ajs.js", "/s/aui/aui-prototyping.js");
    }

    /** @param path what follows {@code /s/}, e.g. {@code aui/aui-prototyping.css} */
    Optional<byte[]> read(String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        if (path.startsWith("aui/")) {
            String name = path.substring("aui/".length());
            return isRealAui() ? file(auiDirectory.resolve(name)) : classPath(FALLBACK + name);
        }
        if (path.equals("jquery/jquery.min.js") && jquery != null) {
            return file(jquery);
        }
        if (path.startsWith("workbench/")) {
            return classPath("workbench/static/" + path.substring("workbench/".length()));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> file(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> classPath(String location) {
        URL url = AuiAssets.class.getClassLoader().getResource(location);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
