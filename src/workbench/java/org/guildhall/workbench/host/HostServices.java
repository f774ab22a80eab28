package org.guildhall.workbench.host;

import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.cluster.ClusterServices;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host services the workbench offers the app, by the bean names Confluence exports them under. The app's
 * Spring Scanner index imports services by these names; {@link org.guildhall.workbench.plugin.AppContainer} hands
 * each import the service registered here and refuses to start when one is missing.
 */
public final class HostServices {

    private final Map<String, Object> services = new LinkedHashMap<>();

    public HostServices(WorkbenchUserManager userManager,
                        EntityManagerActiveObjects activeObjects,
                        WorkbenchPermissionManager permissionManager,
                        WorkbenchSpaceManager spaceManager,
                        VelocityTemplateRenderer templateRenderer,
                        WorkbenchI18nResolver i18nResolver,
                        RequestPageBuilderService pageBuilderService,
                        WorkbenchApplicationProperties applicationProperties,
                        WorkbenchLoginUriProvider loginUriProvider,
                        WorkbenchEventPublisher eventPublisher,
                        ClusterServices cluster) {
        register("salUserManager", userManager);
        register("activeObjects", activeObjects);
        register("permissionManager", permissionManager);
        register("spaceManager", spaceManager);
        register("templateRenderer", templateRenderer);
        register("i18nResolver", i18nResolver);
        register("pageBuilderService", pageBuilderService);
        register("salApplicationProperties", applicationProperties);
        register("loginUriProvider", loginUriProvider);
        register("eventPublisher", eventPublisher);
        // Data Center services, coordinated through the database all nodes share
        register("clusterLockService", cluster.clusterLockService());
        register("schedulerService", cluster.schedulerService());
        register("cacheManager", cluster.cacheManager());
    }

    /** Offers one more host service to the app under the bean name Confluence uses for it. */
    public void register(String beanName, Object service) {
        if (services.putIfAbsent(beanName, service) != null) {
            throw new IllegalStateException("Host service " + beanName + " is registered twice");
        }
    }

    public Optional<Object> find(String beanName) {
        return Optional.ofNullable(services.get(beanName));
    }

    /** @return the first service of that type, for the workbench's own use */
    public <T> Optional<T> find(Class<T> type) {
        return services.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Map<String, Object> all() {
        return Collections.unmodifiableMap(services);
    }
}
