package org.guildhall.workbench.rest;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.StoredPage;
import org.guildhall.workbench.content.StoredSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.guildhall.workbench.rest.ConfluenceSpaceResource.text;

/**
 * The page part of Confluence's REST API ({@code /rest/api/content}): create a page in storage format, read it
 * back with {@code expand=body.storage}, {@code body.view} (rendered for the caller, output type display) or
 * {@code body.export_view} (output type html_export).
 */
@Path("/content")
@Produces(MediaType.APPLICATION_JSON)
public final class ConfluenceContentResource {

    private final PageStore pages;
    private final SpaceAccess access;
    private final PageRendering rendering;
    private final ConfluenceLinks links;

    ConfluenceContentResource(PageStore pages, SpaceAccess access, PageRendering rendering, ConfluenceLinks links) {
        this.pages = pages;
        this.access = access;
        this.rendering = rendering;
        this.links = links;
    }

    /**
     * Creates a page: {@code {"type":"page","title","space":{"key"},"body":{"storage":{"value",
     * "representation":"storage"}}}}. The caller needs permission to add pages in the space.
     *
     * @return 200 with the page; 400 for a bad body or a title the space already has; 403 without permission to
     *         add pages; 404 for a space the caller cannot view
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(JsonNode body) {
        if (body != null && "comment".equals(text(body, "type"))) {
            return comment(body);
        }
        if (body == null || !"page".equals(text(body, "type"))) {
            throw ConfluenceRestErrors.badRequest("type must be page or comment");
        }
        String title = text(body, "title");
        if (title == null || title.isBlank() || title.length() > 255) {
            throw ConfluenceRestErrors.badRequest("title is required (at most 255 characters)");
        }
        StoredSpace space = access.requiring(Permission.EDIT, text(body.get("space"), "key"));
        JsonNode storage = body.path("body").path("storage");
        if (!"storage".equals(text(storage, "representation")) || text(storage, "value") == null) {
            throw ConfluenceRestErrors.badRequest("body.storage needs a value and representation \"storage\"");
        }
        List<String> labels = new ArrayList<>();
        body.path("metadata").path("labels").forEach(label -> {
            String name = text(label, "name");
            if (name == null || name.isBlank()) {
                throw ConfluenceRestErrors.badRequest("metadata.labels needs a name for every label");
            }
            labels.add(name.trim().toLowerCase(java.util.Locale.ROOT));
        });
        long id = pages.create(space.key(), title.trim(), text(storage, "value"),
                        AuthenticatedUserThreadLocal.get().getKey().getStringValue(), labels)
                .orElseThrow(() -> ConfluenceRestErrors.badRequest(
                        "A page with this title already exists: A page already exists with the title " + title
                                + " in the space with key " + space.key()));
        return json(pages.find(id).orElseThrow(), space, Set.of());
    }

    /**
     * Adds a comment to a page: {@code {"type":"comment","container":{"id","type":"page"},"body":{"storage":…}}}.
     * The caller needs to be able to view the page.
     */
    private Map<String, Object> comment(JsonNode body) {
        StoredPage page = rendering.viewable(text(body.get("container"), "id"));
        String value = storageValue(body);
        long id = pages.addComment(page.id(), value, AuthenticatedUserThreadLocal.get().getKey().getStringValue())
                .orElseThrow(() -> ConfluenceRestErrors.badRequest("no such page"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(id));
        json.put("type", "comment");
        json.put("container", Map.of("id", String.valueOf(page.id()), "type", "page"));
        return json;
    }

    /**
     * Updates a page's title and body: {@code {"type":"page","title","body":{"storage":…},"version":{"number"}}}
     * (the version is accepted and not checked). The caller needs permission to add pages in the space.
     *
     * @return 200 with the page; 400 for a bad body; 403 without permission; 404 for a page the caller cannot view
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body) {
        StoredPage page = rendering.viewable(id);
        StoredSpace space = access.requiring(Permission.EDIT, page.spaceKey());
        String title = body == null ? null : text(body, "title");
        if (title == null || title.isBlank() || title.length() > 255) {
            throw ConfluenceRestErrors.badRequest("title is required (at most 255 characters)");
        }
        pages.update(page.id(), title.trim(), storageValue(body),
                AuthenticatedUserThreadLocal.get().getKey().getStringValue());
        return json(pages.find(page.id()).orElseThrow(), space, Set.of());
    }

    private static String storageValue(JsonNode body) {
        JsonNode storage = body.path("body").path("storage");
        if (!"storage".equals(text(storage, "representation")) || text(storage, "value") == null) {
            throw ConfluenceRestErrors.badRequest("body.storage needs a value and representation \"storage\"");
        }
        return text(storage, "value");
    }

    /**
     * @param expand comma-separated: {@code body.storage}, {@code body.view}, {@code body.export_view}
     * @return 200 with the page; 404 when it does not exist or the caller may not view its space
     */
    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("expand") String expand) {
        StoredPage page = rendering.viewable(id);
        Set<String> expansions = expand == null ? Set.of()
                : Arrays.stream(expand.split(",")).map(String::trim).collect(Collectors.toSet());
        return json(page, access.viewable(page.spaceKey()), expansions);
    }

    private Map<String, Object> json(StoredPage page, StoredSpace space, Set<String> expansions) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(page.id()));
        json.put("type", "page");
        json.put("status", "current");
        json.put("title", page.title());
        json.put("space", Map.of("key", space.key(), "name", space.name()));
        Map<String, Object> body = new LinkedHashMap<>();
        if (expansions.contains("body.storage")) {
            body.put("storage", Map.of("value", page.body(), "representation", "storage"));
        }
        if (expansions.contains("body.view")) {
            body.put("view", Map.of("value", rendering.render(page, "display"), "representation", "view"));
        }
        if (expansions.contains("body.export_view")) {
            body.put("export_view", Map.of("value", rendering.render(page, "html_export"), "representation", "export_view"));
        }
        if (!body.isEmpty()) {
            json.put("body", body);
        }
        json.put("_links", links.of("/pages/viewpage.action?pageId=" + page.id(), "/rest/api/content/" + page.id()));
        return json;
    }
}
