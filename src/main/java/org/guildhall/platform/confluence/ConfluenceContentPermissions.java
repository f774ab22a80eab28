package org.guildhall.platform.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.ContentPermissions;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;

/**
 * {@link ContentPermissions} backed by Confluence: the pages are loaded in one call
 * ({@code PageManager.getAbstractPages}), then each is checked with {@code PermissionManager.hasPermission(user, VIEW,
 * page)}, which covers the space permission and the page's (inherited) view restrictions and is answered from
 * Confluence's permission caches.
 */
@Component
public class ConfluenceContentPermissions implements ContentPermissions {

    private final PageManager pageManager;
    private final PermissionManager permissionManager;

    public ConfluenceContentPermissions(@ComponentImport PageManager pageManager,
                                        @ComponentImport PermissionManager permissionManager) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
    }

    @Override
    public Map<Long, String> viewableTitles(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return Map.of();
        }
        ConfluenceUser reader = AuthenticatedUserThreadLocal.get();
        Map<Long, String> viewable = new HashMap<>();
        for (AbstractPage page : pageManager.getAbstractPages(new LinkedHashSet<>(contentIds))) {
            if (permissionManager.hasPermission(reader, Permission.VIEW, page)) {
                viewable.put(page.getId(), page.getTitle());
            }
        }
        return viewable;
    }
}
