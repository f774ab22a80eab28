package org.guildhall.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.guildhall.packaging.PluginDescriptor;
import org.guildhall.packaging.ProjectLayout;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything of the app a request can reach, generated from the build: every REST method (each {@code @Path} class
 * among the app's compiled classes, each of its methods with an HTTP method annotation: {@code "PUT
 * /communities/{spaceKey}"}, relative to {@code /rest/guildhall/1.0}), every macro ({@code "macro
 * guildhall-ask"}) and every servlet URL pattern ({@code "servlet /guildhall/questions/*"}) of the filtered
 * descriptor. The security tables are compared with this list, so nothing new goes unchecked.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /** @return every endpoint, sorted */
    public static TreeSet<String> all() {
        TreeSet<String> all = new TreeSet<>(rest());
        PluginDescriptor descriptor = PluginDescriptor.filtered();
        for (Element macro : descriptor.elements("xhtml-macro")) {
            all.add("macro " + macro.getAttribute("name"));
        }
        for (Element servlet : descriptor.elements("servlet")) {
            for (Element pattern : PluginDescriptor.children(servlet, "url-pattern")) {
                all.add("servlet " + pattern.getTextContent().trim());
            }
        }
        return all;
    }

    /** @return every REST method as {@code "<HTTP method> <path template>"}, sorted */
    public static TreeSet<String> rest() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod != null) {
                    Path path = method.getAnnotation(Path.class);
                    endpoints.add(httpMethod + " " + join(base, path == null ? "" : path.value()));
                }
            }
        }
        return endpoints;
    }

    /** @return true for methods that may change something */
    public static boolean mutates(String endpoint) {
        return Stream.of("POST ", "PUT ", "DELETE ", "PATCH ").anyMatch(endpoint::startsWith);
    }

    private static List<Class<?>> resourceClasses() {
        java.nio.file.Path classes = ProjectLayout.classes();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/guildhall"))) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Endpoints.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
