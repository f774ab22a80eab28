package org.guildhall.workbench.plugin;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code <velocity-allowlist>} methods of the plugin: since Confluence 9, a template may call a method of a
 * plugin class only when the plugin lists it ({@code com.example.Type#method(java.lang.String)}; nested types with
 * {@code $}). Classes of the host and of Java are not affected. Plugin classes are those {@link PluginClasses} recognises.
 */
public final class VelocityAllowlist {

    private final Set<String> methods;
    private final PluginClasses pluginClasses;

    public VelocityAllowlist(Set<String> methods, PluginClasses pluginClasses) {
        this.methods = methods.stream().map(method -> method.replace(" ", "")).collect(Collectors.toUnmodifiableSet());
        this.pluginClasses = pluginClasses;
    }

    /** @return true when a template may call this method on an object of this type */
    public boolean permits(Class<?> type, Method method) {
        if (!pluginClasses.contains(type) && !pluginClasses.contains(method.getDeclaringClass())) {
            return true;
        }
        return methods.contains(signature(type, method)) || methods.contains(signature(method.getDeclaringClass(), method));
    }

    /** @return the allowlist entry that would permit the call, e.g. {@code org.x.Card#name()} */
    public static String signature(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
    }
}
