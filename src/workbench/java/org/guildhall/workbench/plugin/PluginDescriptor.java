package org.guildhall.workbench.plugin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modules of an {@code atlassian-plugin.xml}, as the workbench understands them. {@link DescriptorReader}
 * builds it and refuses anything it does not understand.
 *
 * @param i18nLocation         base name of the {@code <resource type="i18n">} bundle, e.g. {@code i18n/guildhall}
 * @param downloadDirectories  plugin-level {@code <resource type="download">}s (e.g. {@code images/})
 * @param velocityAllowlist    every {@code <method>} of every {@code <velocity-allowlist>}
 */
public record PluginDescriptor(String pluginKey, String name, String i18nLocation,
                               List<DownloadResource> downloadDirectories, List<AoModule> activeObjects,
                               List<RestModule> restModules, List<WebResourceModule> webResources,
                               List<MacroModule> macros, List<ServletModule> servlets, List<WebItemModule> webItems,
                               List<WebPanelModule> webPanels, Set<String> velocityAllowlist,
                               List<ServletFilterModule> servletFilters) {

    /** {@code <resource type="download" name location>}. */
    public record DownloadResource(String name, String location) {
    }

    /** {@code <ao namespace>} with its {@code <entity>} and {@code <upgradeTask>} classes. */
    public record AoModule(String key, String namespace, List<String> entityClassNames,
                           List<String> upgradeTaskClassNames) {
    }

    /** {@code <rest path version>} with the {@code <package>}s scanned for resources and providers. */
    public record RestModule(String key, String path, String version, List<String> packages) {

        /** @return where Confluence serves it, below the context path: {@code /rest/<path>/<version>} */
        public String mountPoint() {
            return "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
        }
    }

    /**
     * {@code <web-resource>}.
     *
     * @param dependencies complete keys ({@code pluginKey:key})
     * @param transformers file extension to transformer key, e.g. {@code js -> jsI18n}
     */
    public record WebResourceModule(String key, List<String> dependencies, Map<String, List<String>> transformers,
                                    List<DownloadResource> resources) {
    }

    /** {@code <xhtml-macro name class>}. */
    public record MacroModule(String key, String name, String className) {
    }

    /** {@code <servlet class>} with its {@code <url-pattern>}s (below {@code /plugins/servlet}). */
    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    /**
     * {@code <servlet-filter class location weight>} with its {@code <url-pattern>}s (from the context root, e.g.
     * {@code /plugins/servlet/guildhall/*}) and {@code <dispatcher>}s (REQUEST when none). The workbench runs every
     * location as {@code before-dispatch}: right around the servlet, inside page decoration.
     */
    public record ServletFilterModule(String key, String className, String location, int weight,
                                      List<String> urlPatterns, List<String> dispatchers) {
    }

    /** {@code <web-item section weight>} with its label key, Velocity link and conditions. */
    public record WebItemModule(String key, String section, int weight, String labelKey, String tooltipKey,
                                String link, String linkId, List<ConditionModule> conditions) {
    }

    /** {@code <web-panel key location weight class>}: a panel drawn by a {@code WebPanel} class. */
    public record WebPanelModule(String key, String location, int weight, String className) {
    }

    /** {@code <condition class>} with its {@code <param>}s. */
    public record ConditionModule(String className, Map<String, String> parameters, boolean inverted) {
    }
}
