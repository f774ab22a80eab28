package org.guildhall.workbench.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.workbench.content.StoredPage;

/**
 * Workbench only, not a Confluence API: {@code GET /rest/workbench/render?pageId=…&outputType=…} returns a page's
 * body rendered for any Confluence output type (email, pdf, preview, word, feed, html_export, display), so tests can
 * check how macros render where Confluence offers no REST view (e-mail, PDF).
 */
@Path("/render")
public final class WorkbenchRenderResource {

    private final PageRendering rendering;

    WorkbenchRenderResource(PageRendering rendering) {
        this.rendering = rendering;
    }

    /** @return 200 with the HTML; 400 for an unknown output type; 404 for a page the caller may not view */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String render(@QueryParam("pageId") String pageId, @QueryParam("outputType") String outputType) {
        if (outputType == null || !PageRendering.OUTPUT_TYPES.contains(outputType)) {
            throw ConfluenceRestErrors.badRequest("outputType must be one of " + PageRendering.OUTPUT_TYPES);
        }
        StoredPage page = rendering.viewable(pageId);
        return rendering.render(page, outputType);
    }
}
