package org.guildhall.workbench.plugin;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import net.java.ao.RawEntity;
import org.guildhall.workbench.ao.ActiveObjectsUpgrades;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.AoTablePrefix;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.host.HostServices;
import org.guildhall.workbench.host.WorkbenchI18nResolver;
import org.guildhall.workbench.plugin.InstalledPlugin.FilterEndpoint;
import org.guildhall.workbench.plugin.InstalledPlugin.ServletEndpoint;
import org.guildhall.workbench.plugin.PluginDescriptor.AoModule;
import org.guildhall.workbench.plugin.PluginDescriptor.MacroModule;
import org.guildhall.workbench.plugin.PluginDescriptor.ServletFilterModule;
import org.guildhall.workbench.plugin.PluginDescriptor.ServletModule;
import org.guildhall.workbench.plugin.PluginDescriptor.WebPanelModule;
import org.guildhall.workbench.scanner.ScannerIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs the app the way Confluence's plugin system does: wires its Spring container from the scanner index and
 * the host services, migrates its Active Objects tables, then creates every module of the descriptor. Each step
 * fails with a {@link PluginStartupException} that names the module at fault.
 */
public final class PluginInstaller {

    private static final String SERVLET_PREFIX = "/plugins/servlet";

    private final PluginSource source;
    private final PluginDescriptor descriptor;
    private final HostServices hostServices;
    private final String contextPath;
    private final ClassLoader classLoader = PluginInstaller.class.getClassLoader();

    public PluginInstaller(PluginSource source, PluginDescriptor descriptor, HostServices hostServices,
                           String contextPath) {
        this.source = source;
        this.descriptor = descriptor;
        this.hostServices = hostServices;
        this.contextPath = contextPath;
    }

    public InstalledPlugin install() {
        Path index = source.classesDirectory().resolve(ScannerIndex.DIRECTORY).resolve(ScannerIndex.COMPONENT_FILE);
        if (!Files.isRegularFile(index)) {
            throw new PluginStartupException("There is no Spring Scanner index at " + index
                    + ": build the app with mvn process-test-classes (the index is written after the tests compile)");
        }
        migrateActiveObjects();
        AppContainer container = AppContainer.start(ScannerIndex.read(source.classesDirectory()), hostServices, classLoader);
        try {
            return new InstalledPlugin(descriptor, container, macros(container), webResources(), webItems(),
                    webPanels(container), restEndpoints(container), servlets(container),
                    servletFilters(container));
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void migrateActiveObjects() {
        EntityManagerActiveObjects activeObjects = service(EntityManagerActiveObjects.class);
        for (AoModule module : descriptor.activeObjects()) {
            if (!AoDatabase.NAMESPACE.equals(module.namespace())) {
                throw new PluginStartupException("<ao key=\"" + module.key() + "\" namespace=\"" + module.namespace()
                        + "\">: the workbench's Active Objects names tables for the namespace " + AoDatabase.NAMESPACE);
            }
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (String entity : module.entityClassNames()) {
                Class<?> type = load(entity, "<ao key=\"" + module.key() + "\"> <entity>");
                if (!RawEntity.class.isAssignableFrom(type)) {
                    throw new PluginStartupException("<ao key=\"" + module.key() + "\"> lists " + entity
                            + ", which is not an Active Objects entity (net.java.ao.RawEntity)");
                }
                entities.add((Class<? extends RawEntity<?>>) type);
            }
            // As the AO plugin: upgrade tasks first (each migrates what it touches), then the declared entities
            new ActiveObjectsUpgrades(activeObjects, new AoTablePrefix(module.namespace()).value())
                    .run(upgradeTasks(module), service(ClusterLockService.class)
                            .getLockForName("guildhall.ao.upgrade." + module.namespace()));
            activeObjects.migrate(entities.toArray(new Class[0]));
        }
    }

    private List<ActiveObjectsUpgradeTask> upgradeTasks(AoModule module) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String className : module.upgradeTaskClassNames()) {
            String where = "<ao key=\"" + module.key() + "\"> <upgradeTask>";
            Class<?> type = load(className, where);
            if (!ActiveObjectsUpgradeTask.class.isAssignableFrom(type)) {
                throw new PluginStartupException(where + " names " + className
                        + ", which does not implement com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");
            }
            try {
                tasks.add((ActiveObjectsUpgradeTask) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new PluginStartupException(where + " " + className + " cannot be created with its public "
                        + "no-argument constructor", e);
            }
        }
        return tasks;
    }

    private MacroRegistry macros(AppContainer container) {
        Map<String, Macro> macros = new LinkedHashMap<>();
        for (MacroModule module : descriptor.macros()) {
            String where = "<xhtml-macro key=\"" + module.key() + "\">";
            Class<?> type = load(module.className(), where + " class");
            if (!Macro.class.isAssignableFrom(type)) {
                throw new PluginStartupException(where + ": " + module.className()
                        + " does not implement com.atlassian.confluence.macro.Macro");
            }
            if (macros.put(module.name(), (Macro) container.instantiate(type)) != null) {
                throw new PluginStartupException(where + ": another macro is already called " + module.name());
            }
        }
        return MacroRegistry.of(macros);
    }

    private WebPanels webPanels(AppContainer container) {
        List<WebPanels.Panel> panels = new ArrayList<>();
        for (WebPanelModule module : descriptor.webPanels()) {
            String where = "<web-panel key=\"" + module.key() + "\">";
            if (!WebPanels.LOCATIONS.contains(module.location())) {
                throw new PluginStartupException(where + ": the workbench draws no location " + module.location()
                        + " (it draws " + WebPanels.LOCATIONS + ")");
            }
            Class<?> type = load(module.className(), where + " class");
            if (!WebPanel.class.isAssignableFrom(type)) {
                throw new PluginStartupException(where + ": " + module.className()
                        + " does not implement com.atlassian.plugin.web.model.WebPanel");
            }
            panels.add(new WebPanels.Panel(module, (WebPanel) container.instantiate(type)));
        }
        return new WebPanels(panels);
    }

    private List<ServletEndpoint> servlets(AppContainer container) {
        List<ServletEndpoint> servlets = new ArrayList<>();
        for (ServletModule module : descriptor.servlets()) {
            String where = "<servlet key=\"" + module.key() + "\">";
            Class<?> type = load(module.className(), where + " class");
            if (!HttpServlet.class.isAssignableFrom(type)) {
                throw new PluginStartupException(where + ": " + module.className()
                        + " does not extend jakarta.servlet.http.HttpServlet");
            }
            HttpServlet servlet = (HttpServlet) container.instantiate(type);
            for (String pattern : module.urlPatterns()) {
                if (!pattern.startsWith("/")) {
                    throw new PluginStartupException(where + ": <url-pattern> must start with /, not " + pattern);
                }
                servlets.add(new ServletEndpoint(SERVLET_PREFIX + pattern, servlet));
            }
        }
        return servlets;
    }

    private List<FilterEndpoint> servletFilters(AppContainer container) {
        List<FilterEndpoint> filters = new ArrayList<>();
        List<ServletFilterModule> modules = new ArrayList<>(descriptor.servletFilters());
        modules.sort(Comparator.comparingInt(ServletFilterModule::weight));
        for (ServletFilterModule module : modules) {
            String where = "<servlet-filter key=\"" + module.key() + "\">";
            Class<?> type = load(module.className(), where + " class");
            if (!Filter.class.isAssignableFrom(type)) {
                throw new PluginStartupException(where + ": " + module.className()
                        + " does not implement jakarta.servlet.Filter");
            }
            EnumSet<DispatcherType> dispatchers = EnumSet.noneOf(DispatcherType.class);
            for (String dispatcher : module.dispatchers()) {
                try {
                    dispatchers.add(DispatcherType.valueOf(dispatcher.trim()));
                } catch (IllegalArgumentException e) {
                    throw new PluginStartupException(where + ": <dispatcher> must be REQUEST, FORWARD, INCLUDE or "
                            + "ERROR, not " + dispatcher);
                }
            }
            if (dispatchers.isEmpty()) {
                dispatchers.add(DispatcherType.REQUEST);
            }
            Filter filter = (Filter) container.instantiate(type);
            for (String pattern : module.urlPatterns()) {
                if (!pattern.startsWith("/")) {
                    throw new PluginStartupException(where + ": <url-pattern> must start with /, not " + pattern);
                }
                filters.add(new FilterEndpoint(pattern, filter, dispatchers));
            }
        }
        return filters;
    }

    private List<InstalledPlugin.RestEndpoint> restEndpoints(AppContainer container) {
        RestModuleLoader loader = new RestModuleLoader(container, new PluginClasses(source.classesDirectory()), classLoader,
                service(WebSudoManager.class));
        return descriptor.restModules().stream().map(loader::load).toList();
    }

    private WebResourceRegistry webResources() {
        WorkbenchI18nResolver i18n = service(WorkbenchI18nResolver.class);
        JsI18nTransformer jsI18n = new JsI18nTransformer((key, locale) -> i18n.pattern(key, locale).orElse(key));
        return new WebResourceRegistry(descriptor.pluginKey(), descriptor.webResources(),
                descriptor.downloadDirectories(), classLoader, jsI18n);
    }

    private WebItemMenu webItems() {
        return new WebItemMenu(descriptor.webItems(), service(PermissionManager.class), service(TemplateRenderer.class),
                service(WorkbenchI18nResolver.class), contextPath);
    }

    private <T> T service(Class<T> type) {
        return hostServices.find(type).orElseThrow(() -> new IllegalStateException("No host service " + type.getName()));
    }

    private Class<?> load(String className, String where) {
        try {
            return Class.forName(className, true, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginStartupException(where + " names " + className + ", but there is no such class", e);
        }
    }
}
