package org.guildhall.workbench.plugin;

import org.guildhall.workbench.plugin.PluginDescriptor.DownloadResource;
import org.guildhall.workbench.plugin.PluginDescriptor.WebResourceModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The app's {@code <web-resource>}s and plugin-level download resources, served like Confluence's web resource
 * manager serves them: {@code /download/resources/<pluginKey>:<webResourceKey>/<name>} and
 * {@code /download/resources/<pluginKey>/<name>}. Checks at start-up that every file exists, every dependency
 * resolves and every transformer is one the workbench knows.
 */
public final class WebResourceRegistry {

    /** Confluence's AUI web resource; the workbench page always loads AUI (or its fallback). */
    public static final String AUI = "com.atlassian.auiplugin:ajs";
    private static final Set<String> HOST_RESOURCES = Set.of(AUI);

    private final String pluginKey;
    private final Map<String, WebResourceModule> modules = new LinkedHashMap<>();
    private final List<DownloadResource> pluginDownloads;
    private final ClassLoader classLoader;
    private final JsI18nTransformer jsI18n;

    /** A file ready to send. */
    public record ServedResource(byte[] content, String contentType) {
    }

    WebResourceRegistry(String pluginKey, List<WebResourceModule> webResources, List<DownloadResource> pluginDownloads,
                        ClassLoader classLoader, JsI18nTransformer jsI18n) {
        this.pluginKey = pluginKey;
        this.pluginDownloads = List.copyOf(pluginDownloads);
        this.classLoader = classLoader;
        this.jsI18n = jsI18n;
        webResources.forEach(module -> modules.put(pluginKey + ":" + module.key(), module));
        webResources.forEach(this::validate);
        pluginDownloads.forEach(download -> requireOnClassPath(download.location(), "<resource name=\"" + download.name() + "\">"));
    }

    /**
     * @param completeKeys required web resources, e.g. from the page builder
     * @return the URLs (below the context path) of their files and their dependencies' files, dependencies first
     */
    public List<String> urlsInDependencyOrder(Set<String> completeKeys) {
        Set<String> ordered = new LinkedHashSet<>();
        completeKeys.forEach(key -> visit(key, ordered, new LinkedHashSet<>()));
        List<String> urls = new ArrayList<>();
        for (String key : ordered) {
            for (DownloadResource resource : modules.get(key).resources()) {
                urls.add("/download/resources/" + key + "/" + resource.name());
            }
        }
        return urls;
    }

    /**
     * @param path what follows {@code /download/resources/}
     * @param locale the reader's locale, for the {@code jsI18n} transformation
     */
    public Optional<ServedResource> serve(String path, Locale locale) {
        int slash = path.indexOf('/');
        if (slash < 0 || path.contains("..")) {
            return Optional.empty();
        }
        String owner = path.substring(0, slash);
        String name = path.substring(slash + 1);
        WebResourceModule module = modules.get(owner);
        if (module != null) {
            return module.resources().stream()
                    .filter(resource -> resource.name().equals(name))
                    .findFirst()
                    .map(resource -> transformed(module, resource, locale));
        }
        if (owner.equals(pluginKey)) {
            for (DownloadResource download : pluginDownloads) {
                if (name.startsWith(download.name())) {
                    String location = download.location() + name.substring(download.name().length());
                    return read(location).map(content -> new ServedResource(content, contentType(name)));
                }
            }
        }
        return Optional.empty();
    }

    private ServedResource transformed(WebResourceModule module, DownloadResource resource, Locale locale) {
        byte[] content = read(resource.location()).orElseThrow();
        String extension = resource.name().substring(resource.name().lastIndexOf('.') + 1);
        if (module.transformers().getOrDefault(extension, List.of()).contains(JsI18nTransformer.KEY)) {
            String script = new String(content, StandardCharsets.UTF_8);
            content = jsI18n.transform(script, locale).getBytes(StandardCharsets.UTF_8);
        }
        return new ServedResource(content, contentType(resource.name()));
    }

    private void visit(String key, Set<String> ordered, Set<String> path) {
        if (HOST_RESOURCES.contains(key) || ordered.contains(key)) {
            return;
        }
        WebResourceModule module = modules.get(key);
        if (module == null) {
            throw new IllegalArgumentException("No web resource " + key);
        }
        if (!path.add(key)) {
            throw new PluginStartupException("Web resources depend on each other in a circle: " + path);
        }
        module.dependencies().forEach(dependency -> visit(dependency, ordered, path));
        path.remove(key);
        ordered.add(key);
    }

    private void validate(WebResourceModule module) {
        String where = "<web-resource key=\"" + module.key() + "\">";
        for (String dependency : module.dependencies()) {
            if (!HOST_RESOURCES.contains(dependency) && !modules.containsKey(dependency)) {
                throw new PluginStartupException(where + " depends on " + dependency
                        + ", which is neither one of the app's web resources nor one the workbench provides " + HOST_RESOURCES);
            }
        }
        module.transformers().forEach((extension, transformers) -> transformers.forEach(transformer -> {
            if (!JsI18nTransformer.KEY.equals(transformer)) {
                throw new PluginStartupException(where + " uses the transformer " + transformer
                        + ", which the workbench does not implement (it knows " + JsI18nTransformer.KEY + ")");
            }
        }));
        for (DownloadResource resource : module.resources()) {
            requireOnClassPath(resource.location(), where + " resource " + resource.name());
        }
        visit(module.key().contains(":") ? module.key() : pluginKey + ":" + module.key(), new LinkedHashSet<>(),
                new LinkedHashSet<>());
    }

    private void requireOnClassPath(String location, String what) {
        if (classLoader.getResource(location) == null) {
            throw new PluginStartupException(what + ": " + location + " is not in the app's resources");
        }
    }

    private Optional<byte[]> read(String location) {
        URL url = classLoader.getResource(location);
        if (url == null || location.endsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the content type of a served file, by its extension */
    public static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (lower.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (lower.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (lower.endsWith(".woff")) {
            return "font/woff";
        }
        if (lower.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return "application/octet-stream";
    }
}
