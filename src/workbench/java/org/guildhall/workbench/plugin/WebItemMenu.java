package org.guildhall.workbench.plugin;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.guildhall.workbench.host.WorkbenchI18nResolver;
import org.guildhall.workbench.plugin.PluginDescriptor.ConditionModule;
import org.guildhall.workbench.plugin.PluginDescriptor.WebItemModule;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The app's {@code <web-item>}s. The workbench draws the section {@value #SPACE_TOOLS} (Space tools → Add-ons in the
 * space sidebar); items for other Confluence sections are accepted but not drawn. Labels are translated for the
 * reader, links rendered with Velocity ({@code $space}, {@code $htmlUtil}), conditions evaluated for the reader.
 */
public final class WebItemMenu {

    public static final String SPACE_TOOLS = "system.space.tools/addons";

    static final String SPACE_PERMISSION_CONDITION =
            "com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition";
    private static final Map<String, Permission> SPACE_PERMISSIONS = Map.of(
            "view", Permission.VIEW, "edit", Permission.EDIT, "administer", Permission.ADMINISTER);
    /** Locations of Confluence's web sections that a plugin may add items to. */
    private static final Set<String> KNOWN_LOCATIONS = Set.of("system.space.tools", "system.space.admin",
            "system.admin", "system.settings.edit", "system.header", "system.user", "system.content.action");

    /** A web-item ready to draw: translated label and tooltip, link as an HTML-encoded attribute value. */
    public record RenderedItem(String id, String label, String tooltip, String hrefHtml) {
    }

    private final List<WebItemModule> items;
    private final PermissionManager permissionManager;
    private final TemplateRenderer templateRenderer;
    private final WorkbenchI18nResolver i18n;
    private final String contextPath;

    WebItemMenu(List<WebItemModule> items, PermissionManager permissionManager, TemplateRenderer templateRenderer,
                WorkbenchI18nResolver i18n, String contextPath) {
        this.items = items.stream().sorted(Comparator.comparingInt(WebItemModule::weight)).toList();
        this.permissionManager = permissionManager;
        this.templateRenderer = templateRenderer;
        this.i18n = i18n;
        this.contextPath = contextPath;
        items.forEach(this::validate);
    }

    /** @return the Space tools items the current user may see in this space */
    public List<RenderedItem> spaceTools(Space space) {
        return items.stream()
                .filter(item -> SPACE_TOOLS.equals(item.section()))
                .filter(item -> item.conditions().stream().allMatch(condition -> holds(condition, space)))
                .map(item -> render(item, space))
                .toList();
    }

    private RenderedItem render(WebItemModule item, Space space) {
        String href = templateRenderer.renderFragment(item.link(), Map.of("space", space));
        if (href.startsWith("/")) {
            href = contextPath + href;
        }
        String tooltip = item.tooltipKey() == null ? null : i18n.getText(item.tooltipKey());
        String id = item.linkId() == null || item.linkId().isEmpty() ? item.key() : item.linkId();
        return new RenderedItem(id, i18n.getText(item.labelKey()), tooltip, href);
    }

    private boolean holds(ConditionModule condition, Space space) {
        Permission permission = SPACE_PERMISSIONS.get(condition.parameters().get("permission").toLowerCase(Locale.ROOT));
        boolean granted = permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), permission, space);
        return granted != condition.inverted();
    }

    private void validate(WebItemModule item) {
        String where = "<web-item key=\"" + item.key() + "\">";
        int slash = item.section().indexOf('/');
        if (slash < 0 || !KNOWN_LOCATIONS.contains(item.section().substring(0, slash))) {
            throw new PluginStartupException(where + " names the section " + item.section()
                    + ", which is not a Confluence web section the workbench knows " + KNOWN_LOCATIONS);
        }
        if (i18n.pattern(item.labelKey(), Locale.ROOT).isEmpty()) {
            throw new PluginStartupException(where + " has the label key " + item.labelKey()
                    + ", which the i18n bundle does not define");
        }
        for (ConditionModule condition : item.conditions()) {
            if (!SPACE_PERMISSION_CONDITION.equals(condition.className())) {
                throw new PluginStartupException(where + " uses the condition " + condition.className()
                        + ", which the workbench does not implement (it knows " + SPACE_PERMISSION_CONDITION + ")");
            }
            String permission = condition.parameters().get("permission");
            if (permission == null || !SPACE_PERMISSIONS.containsKey(permission.toLowerCase(Locale.ROOT))) {
                throw new PluginStartupException(where + ": SpacePermissionCondition needs <param name=\"permission\"> "
                        + "with one of " + SPACE_PERMISSIONS.keySet());
            }
        }
    }
}
