package org.guildhall.packaging;

import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks {@code atlassian-plugin.xml} against the classes and resources it names. Confluence reads the descriptor
 * only when the app is enabled, so a typo in a class name or resource path otherwise surfaces as a disabled module
 * on a customer's server. Rules:
 * <ul>
 *   <li>every {@code class=} attribute, {@code <ao><entity>} and {@code <upgradeTask>} names an existing class, and
 *       module classes implement what their module type needs ({@link #MODULE_TYPES});</li>
 *   <li>a {@code <condition class>} in {@code com.atlassian.*} is a host class, absent here by design, so its package
 *       must be imported by the bundle instead (checked when a manifest is given);</li>
 *   <li>every {@code <rest><package>} holds JAX-RS classes (resources or providers) and the module as a whole has at
 *       least one {@code @Path} resource; a package holding only {@code @Provider}s, such as shared exception
 *       mappers, is legitimate;</li>
 *   <li>every {@code <resource location>}, macro icon and plugin icon exists under {@code src/main/resources};</li>
 *   <li>macro names start with {@code guildhall-}: Confluence macro names are global.</li>
 * </ul>
 */
public final class DescriptorCheck {

    static final String MACRO_NAME_PREFIX = "guildhall-";

    /** Module element → the type its {@code class} must extend or implement. */
    static final Map<String, String> MODULE_TYPES = Map.of(
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "servlet", "jakarta.servlet.http.HttpServlet");
    static final String AO_ENTITY_TYPE = "net.java.ao.RawEntity";

    private final PluginDescriptor descriptor;
    private final ClassLoader classLoader;
    private final Path classesDirectory;
    private final Path resources;
    private final Optional<Collection<String>> manifestImports;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param classesDirectory where the REST packages' classes are listed from
     * @param manifestImports  the bundle's imported packages, when a manifest has been built yet
     */
    public DescriptorCheck(PluginDescriptor descriptor, ClassLoader classLoader, Path classesDirectory, Path resources,
                           Optional<Collection<String>> manifestImports) {
        this.descriptor = descriptor;
        this.classLoader = classLoader;
        this.classesDirectory = classesDirectory;
        this.resources = resources;
        this.manifestImports = manifestImports;
    }

    /** @return one line per problem; empty when the descriptor and the project agree */
    public List<String> problems() {
        problems.clear();
        checkClassAttributes();
        checkActiveObjects();
        checkRestPackages();
        checkResources();
        checkMacros();
        return List.copyOf(problems);
    }

    private void checkClassAttributes() {
        for (Element element : descriptor.elements("*")) {
            String className = element.getAttribute("class");
            if (className.isEmpty()) {
                continue;
            }
            Optional<Class<?>> type = load(className);
            String where = "<" + element.getTagName() + " class=\"" + className + "\">";
            if (type.isEmpty()) {
                if (element.getTagName().equals("condition") && className.startsWith("com.atlassian.")) {
                    checkHostClassImported(where, className);
                } else {
                    problems.add(where + ": no such class");
                }
                continue;
            }
            String required = MODULE_TYPES.get(element.getTagName());
            if (required != null) {
                requireSubtype(where, type.get(), required);
            }
        }
    }

    private void checkHostClassImported(String where, String className) {
        String packageName = className.substring(0, className.lastIndexOf('.'));
        manifestImports.ifPresent(imports -> {
            if (!imports.contains(packageName)) {
                problems.add(where + ": host class whose package " + packageName + " the bundle does not import");
            }
        });
    }

    private void checkActiveObjects() {
        for (Element ao : descriptor.elements("ao")) {
            for (Element entity : PluginDescriptor.children(ao, "entity")) {
                String className = entity.getTextContent().trim();
                load(className).ifPresentOrElse(
                        type -> requireSubtype("<ao><entity>" + className, type, AO_ENTITY_TYPE),
                        () -> problems.add("<ao><entity>" + className + ": no such class"));
            }
            for (Element task : PluginDescriptor.children(ao, "upgradeTask")) {
                String className = task.getTextContent().trim();
                if (load(className).isEmpty()) {
                    problems.add("<ao><upgradeTask>" + className + ": no such class");
                }
            }
        }
    }

    private void checkRestPackages() {
        for (Element rest : descriptor.elements("rest")) {
            boolean anyResource = false;
            for (Element packageElement : PluginDescriptor.children(rest, "package")) {
                String packageName = packageElement.getTextContent().trim();
                List<Class<?>> classes = classesIn(packageName);
                boolean resources = classes.stream().anyMatch(type -> isAnnotated(type, "jakarta.ws.rs.Path"));
                boolean providers = classes.stream().anyMatch(type -> isAnnotated(type, "jakarta.ws.rs.ext.Provider"));
                anyResource |= resources;
                if (!resources && !providers) {
                    problems.add("<rest key=\"" + rest.getAttribute("key") + "\"><package>" + packageName
                            + ": no @Path resource or @Provider class in it");
                }
            }
            if (!anyResource) {
                problems.add("<rest key=\"" + rest.getAttribute("key") + "\">: none of its packages has a @Path resource");
            }
        }
    }

    private void checkResources() {
        for (Element resource : descriptor.elements("resource")) {
            String location = resource.getAttribute("location");
            String type = resource.getAttribute("type");
            Path expected = type.equals("i18n") ? resources.resolve(location + ".properties") : resources.resolve(location);
            boolean exists = location.endsWith("/") ? Files.isDirectory(expected) : Files.isRegularFile(expected);
            if (!exists) {
                problems.add("<resource type=\"" + type + "\" location=\"" + location + "\">: "
                        + resources.relativize(expected) + " does not exist under src/main/resources");
            }
        }
        for (Element param : descriptor.elements("param")) {
            String name = param.getAttribute("name");
            if ((name.equals("plugin-icon") || name.equals("plugin-logo"))
                    && !Files.isRegularFile(resources.resolve(param.getTextContent().trim()))) {
                problems.add("<param name=\"" + name + "\">: " + param.getTextContent().trim() + " does not exist");
            }
        }
    }

    private void checkMacros() {
        for (Element macro : descriptor.elements("xhtml-macro")) {
            String name = macro.getAttribute("name");
            if (!name.startsWith(MACRO_NAME_PREFIX)) {
                problems.add("<xhtml-macro name=\"" + name + "\">: macro names must start with " + MACRO_NAME_PREFIX);
            }
            String icon = macro.getAttribute("icon");
            if (icon.isEmpty()) {
                problems.add("<xhtml-macro name=\"" + name + "\">: no icon");
            } else if (iconFile(icon).filter(Files::isRegularFile).isEmpty()) {
                problems.add("<xhtml-macro name=\"" + name + "\">: icon " + icon + " is not a file of a download resource");
            }
        }
    }

    /** Maps {@code /download/resources/<key>/<resource name><rest>} to the file a top-level download resource serves. */
    private Optional<Path> iconFile(String icon) {
        String prefix = "/download/resources/" + ProjectLayout.PLUGIN_KEY + "/";
        if (!icon.startsWith(prefix)) {
            return Optional.empty();
        }
        String served = icon.substring(prefix.length());
        return PluginDescriptor.children(descriptor.document().getDocumentElement(), "resource").stream()
                .filter(resource -> resource.getAttribute("type").equals("download"))
                .filter(resource -> served.startsWith(resource.getAttribute("name")))
                .map(resource -> resources.resolve(resource.getAttribute("location")
                        + served.substring(resource.getAttribute("name").length())))
                .findFirst();
    }

    private void requireSubtype(String where, Class<?> type, String requiredTypeName) {
        Optional<Class<?>> required = load(requiredTypeName);
        if (required.isEmpty()) {
            problems.add(where + ": cannot check it, " + requiredTypeName + " is not on the test class path");
        } else if (!required.get().isAssignableFrom(type)) {
            problems.add(where + ": does not extend or implement " + requiredTypeName);
        }
    }

    private static boolean isAnnotated(Class<?> type, String annotationName) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) {
                return true;
            }
        }
        return false;
    }

    private List<Class<?>> classesIn(String packageName) {
        Path directory = classesDirectory.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> packageName + "." + name.substring(0, name.length() - ".class".length()))
                    .map(this::load)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className, false, classLoader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
