package org.guildhall.workbench.plugin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.glassfish.jersey.server.ResourceConfig;

import java.util.EnumSet;
import java.util.List;

/**
 * The app after installation: its Spring container and every module of its descriptor, created and checked.
 *
 * @param servlets       each {@code <servlet>} with the path it is served at below the context path
 * @param servletFilters each {@code <servlet-filter>} for each of its URL patterns, lowest weight first
 */
public record InstalledPlugin(PluginDescriptor descriptor, AppContainer container, MacroRegistry macros,
                              WebResourceRegistry webResources, WebItemMenu webItems, WebPanels webPanels,
                              List<RestEndpoint> restEndpoints,
                              List<ServletEndpoint> servlets,
                              List<FilterEndpoint> servletFilters) implements AutoCloseable {

    /** A {@code <servlet>} instance and where it is served, e.g. {@code /plugins/servlet/guildhall/space-settings}. */
    public record ServletEndpoint(String path, HttpServlet servlet) {
    }

    /** A {@code <servlet-filter>} instance, one URL pattern it applies to and the dispatches it sees. */
    public record FilterEndpoint(String urlPattern, Filter filter, EnumSet<DispatcherType> dispatchers) {
    }

    /** A {@code <rest>} module: its Jersey application and where it is served, e.g. {@code /rest/guildhall/1.0}. */
    public record RestEndpoint(String mountPoint, ResourceConfig application) {
    }

    @Override
    public void close() {
        container.close();
    }
}
