package org.guildhall.workbench.plugin;

import com.atlassian.plugin.web.model.WebPanel;
import org.guildhall.workbench.plugin.PluginDescriptor.WebPanelModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The app's {@code <web-panel>}s, drawn as Confluence draws them: every panel of a location by weight (lowest first),
 * each given the location's web-fragment context; a panel that throws is left out (logged), as Confluence wraps panels
 * so that one broken panel does not break the page. The workbench draws one location, {@value #USER_PROFILE}.
 */
public final class WebPanels {

    /** Confluence's user profile ({@code /users/viewuserprofile.action}); context {@code targetUser}. */
    public static final String USER_PROFILE = "atl.userprofile";
    static final Set<String> LOCATIONS = Set.of(USER_PROFILE);
    private static final Logger LOG = LoggerFactory.getLogger(WebPanels.class);

    /** A panel module and its instance. */
    record Panel(WebPanelModule module, WebPanel panel) {
    }

    private final List<Panel> panels;

    WebPanels(List<Panel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(panel -> panel.module().weight())).toList();
    }

    /** @return the HTML of each panel of the location, by weight */
    public List<String> render(String location, Map<String, Object> context) {
        return panels.stream().filter(panel -> panel.module().location().equals(location)).map(panel -> {
            try {
                return panel.panel().getHtml(Map.copyOf(context));
            } catch (RuntimeException e) {
                LOG.error("Web panel {} failed to render", panel.module().key(), e);
                return "";
            }
        }).filter(html -> !html.isEmpty()).toList();
    }
}
