package org.guildhall.workbench.plugin;

import org.guildhall.workbench.host.HostServices;
import org.guildhall.workbench.scanner.ScannerIndex;
import org.springframework.beans.BeansException;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import java.util.TreeSet;

/**
 * The app's Spring container, built the way Atlassian Spring Scanner builds it inside Confluence: each host import
 * in the index becomes a singleton under its bean name, each indexed component a bean; modules declared in the
 * descriptor (macros, servlets, REST resources) are created through {@link #instantiate} so their constructors are
 * autowired from the same container.
 */
public final class AppContainer implements AutoCloseable {

    private final GenericApplicationContext context;

    private AppContainer(GenericApplicationContext context) {
        this.context = context;
    }

    /**
     * @throws PluginStartupException when the index imports a service the workbench does not offer, names a class
     *                                that does not exist, or the components cannot be wired
     */
    public static AppContainer start(ScannerIndex index, HostServices hostServices, ClassLoader classLoader) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(classLoader);
        for (ScannerIndex.Entry imported : index.imports()) {
            Class<?> type = load(imported.className(), classLoader, "imports host service " + imported.beanName()
                    + " of type");
            Object service = hostServices.find(imported.beanName()).orElseThrow(() -> new PluginStartupException(
                    "The app imports the host service '" + imported.beanName() + "' (" + imported.className()
                            + "), which the workbench does not provide. It provides: "
                            + new TreeSet<>(hostServices.all().keySet())));
            if (!type.isInstance(service)) {
                throw new PluginStartupException("The app imports '" + imported.beanName() + "' as "
                        + imported.className() + ", but the workbench's " + imported.beanName() + " is a "
                        + service.getClass().getName());
            }
            context.getBeanFactory().registerSingleton(imported.beanName(), service);
        }
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        AnnotatedBeanDefinitionReader reader = new AnnotatedBeanDefinitionReader(context);
        for (ScannerIndex.Entry component : index.components()) {
            reader.registerBean(load(component.className(), classLoader, "lists the component"), component.beanName());
        }
        try {
            context.refresh();
        } catch (BeansException e) {
            throw new PluginStartupException("Spring cannot wire the app's components: " + e.getMostSpecificCause(), e);
        }
        return new AppContainer(context);
    }

    /** @return the app's bean of that type */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** @return true when the container has exactly one bean of that type */
    public boolean has(Class<?> type) {
        return context.getBeanNamesForType(type).length == 1;
    }

    /**
     * Creates a module class (macro, servlet, REST resource) with its constructor autowired from the container,
     * as Confluence's module descriptors do.
     */
    public <T> T instantiate(Class<T> type) {
        try {
            return context.getAutowireCapableBeanFactory().createBean(type);
        } catch (BeansException e) {
            throw new PluginStartupException("Cannot create " + type.getName() + ": " + e.getMostSpecificCause(), e);
        }
    }

    private static Class<?> load(String className, ClassLoader classLoader, String role) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginStartupException("The Spring Scanner index " + role + " " + className
                    + ", but there is no such class: rebuild the app (mvn process-test-classes) or fix the annotation", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
