package org.guildhall.workbench.rest;

import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.StorageFormatRenderer;
import org.guildhall.workbench.content.StoredPage;
import org.guildhall.workbench.content.WorkbenchConversionContext;

import java.util.Set;

/** Finds a page the current user may view and renders its body for an output type, with the app's macros. */
final class PageRendering {

    static final Set<String> OUTPUT_TYPES = Set.of("display", "preview", "email", "feed", "html_export", "pdf", "word");

    private final PageStore pages;
    private final SpaceAccess access;
    private final StorageFormatRenderer renderer;

    PageRendering(PageStore pages, SpaceAccess access, StorageFormatRenderer renderer) {
        this.pages = pages;
        this.access = access;
        this.renderer = renderer;
    }

    /** @return the page; 404 when there is none or the current user may not view its space */
    StoredPage viewable(String id) {
        StoredPage page;
        try {
            page = pages.find(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            page = null;
        }
        if (page == null) {
            throw ConfluenceRestErrors.notFound("No content found with id: " + id);
        }
        access.viewable(page.spaceKey());
        return page;
    }

    String render(StoredPage page, String outputType) {
        return renderer.render(page.body(), new WorkbenchConversionContext(outputType, page.spaceKey()));
    }
}
