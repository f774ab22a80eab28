package org.guildhall.workbench.plugin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.guildhall.workbench.plugin.InstalledPlugin.RestEndpoint;
import org.guildhall.workbench.plugin.PluginDescriptor.RestModule;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@code <rest>} module as Atlassian REST v2 does: every {@code @Path} resource and {@code @Provider} in
 * the module's packages (only the app's own classes, not tests on the same class path), each created through the
 * app's Spring container, served by Jersey with Jackson for JSON.
 */
final class RestModuleLoader {

    private final AppContainer container;
    private final PluginClasses pluginClasses;
    private final ClassLoader classLoader;
    private final WebSudoManager webSudo;

    RestModuleLoader(AppContainer container, PluginClasses pluginClasses, ClassLoader classLoader,
                     WebSudoManager webSudo) {
        this.container = container;
        this.pluginClasses = pluginClasses;
        this.classLoader = classLoader;
        this.webSudo = webSudo;
    }

    RestEndpoint load(RestModule module) {
        ResourceConfig application = new ResourceConfig();
        application.setClassLoader(classLoader);
        application.register(JacksonFeature.class);
        application.register(new WebSudoRequiredFeature(webSudo));
        application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        application.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        for (String packageName : module.packages()) {
            List<Class<?>> classes = appClassesIn(packageName);
            if (classes.isEmpty()) {
                throw new PluginStartupException("<rest key=\"" + module.key() + "\"> scans the package " + packageName
                        + ", which has no @Path resource or @Provider in the app");
            }
            classes.forEach(type -> application.register(container.instantiate(type)));
        }
        return new RestEndpoint(module.mountPoint(), application);
    }

    private List<Class<?>> appClassesIn(String packageName) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(packageName)) {
            Class<?> type = load(candidate.getBeanClassName());
            if (pluginClasses.contains(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new PluginStartupException("Cannot load REST class " + className, e);
        }
    }
}
