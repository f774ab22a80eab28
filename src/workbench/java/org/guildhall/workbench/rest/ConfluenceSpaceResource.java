package org.guildhall.workbench.rest;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.StoredSpace;
import org.guildhall.workbench.people.UserDirectory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The space part of Confluence's REST API ({@code /rest/api/space}), with Confluence's paths and JSON shapes so
 * tests read as they would against a real Confluence. Space permissions are shaped as in Confluence 7+.
 */
@Path("/space")
@Produces(MediaType.APPLICATION_JSON)
public final class ConfluenceSpaceResource {

    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9]{1,255}");

    private final SpaceCreation spaceCreation;
    private final SpacePermissionStore spacePermissions;
    private final UserDirectory users;
    private final SpaceAccess access;
    private final ConfluenceLinks links;

    ConfluenceSpaceResource(SpaceCreation spaceCreation, SpacePermissionStore spacePermissions, UserDirectory users,
                            SpaceAccess access, ConfluenceLinks links) {
        this.spaceCreation = spaceCreation;
        this.spacePermissions = spacePermissions;
        this.users = users;
        this.access = access;
        this.links = links;
    }

    /**
     * Creates a space with a home page: {@code {"key","name"}}. The creator administers it; all users may view
     * it and add pages (Confluence's default space permissions).
     *
     * @return 200 with the space; 400 for a missing, malformed or taken key or a missing name
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(JsonNode body) {
        String key = text(body, "key");
        String name = text(body, "name");
        if (key == null || !SPACE_KEY.matcher(key).matches()) {
            throw ConfluenceRestErrors.badRequest("Space key must consist of letters and digits only, not '" + key + "'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ConfluenceRestErrors.badRequest("Space name is required (at most 200 characters)");
        }
        String creator = AuthenticatedUserThreadLocal.get().getKey().getStringValue();
        StoredSpace space = spaceCreation.create(key, name.trim(), null, creator)
                .orElseThrow(() -> ConfluenceRestErrors.badRequest("A space already exists with key " + key));
        spacePermissions.grant(key, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        spacePermissions.grant(key, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.CREATE);
        return json(space);
    }

    /** @return 200 with the space; 404 when it does not exist or the caller may not view it */
    @GET
    @Path("{key}")
    public Map<String, Object> get(@PathParam("key") String key) {
        return json(access.viewable(key));
    }

    /**
     * Grants a space permission: {@code {"subject":{"type":"user"|"group","identifier":…},
     * "operation":{"key":"read"|"administer","target":"space"}}} (or {@code create} on target {@code page}).
     * Space admins only; a user is identified by user key.
     *
     * @return 200 with the permission; 400 for an unknown subject or operation; 403 for non-admins; 404 for an
     *         unknown space
     */
    @POST
    @Path("{key}/permission")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> grant(@PathParam("key") String key, JsonNode body) {
        StoredSpace space = access.requiring(Permission.ADMINISTER, key);
        String type = text(body == null ? null : body.get("subject"), "type");
        String identifier = text(body == null ? null : body.get("subject"), "identifier");
        String operation = text(body == null ? null : body.get("operation"), "key");
        String target = text(body == null ? null : body.get("operation"), "target");
        SubjectType subjectType = subjectType(type);
        if (identifier == null || (subjectType == SubjectType.USER && users.byKey(identifier).isEmpty())
                || (subjectType == SubjectType.GROUP && !users.groupExists(identifier))) {
            throw ConfluenceRestErrors.badRequest("No " + type + " with identifier " + identifier);
        }
        String expectedTarget = SpacePermission.CREATE.equals(operation) ? "page" : "space";
        if (operation == null || !SpacePermission.OPERATIONS.contains(operation) || !expectedTarget.equals(target)) {
            throw ConfluenceRestErrors.badRequest("Unsupported operation " + operation + " on target " + target
                    + " (supported: read/space, administer/space, create/page)");
        }
        spacePermissions.grant(space.key(), subjectType, identifier, operation);
        return spacePermissions.list(space.key()).stream()
                .filter(permission -> permission.subjectType() == subjectType && permission.subject().equals(identifier)
                        && permission.operation().equals(operation))
                .findFirst().map(ConfluenceSpaceResource::json).orElseThrow();
    }

    /** @return 200 with {@code {"results":[…],"size":n}}; 403 for non-admins; 404 for an unknown space */
    @GET
    @Path("{key}/permission")
    public Map<String, Object> permissions(@PathParam("key") String key) {
        StoredSpace space = access.requiring(Permission.ADMINISTER, key);
        List<Map<String, Object>> results = spacePermissions.list(space.key()).stream()
                .map(ConfluenceSpaceResource::json).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("results", results);
        page.put("size", results.size());
        return page;
    }

    private Map<String, Object> json(StoredSpace space) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", space.key());
        json.put("name", space.name());
        json.put("type", "global");
        space.homePageId().ifPresent(home -> json.put("homepage", Map.of("id", String.valueOf(home))));
        String encoded = URLEncoder.encode(space.key(), StandardCharsets.UTF_8);
        json.put("_links", links.of("/display/" + encoded, "/rest/api/space/" + encoded));
        return json;
    }

    private static Map<String, Object> json(SpacePermission permission) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", permission.id());
        json.put("subject", Map.of("type", permission.subjectType().id(), "identifier", permission.subject()));
        json.put("operation", Map.of("key", permission.operation(),
                "target", SpacePermission.CREATE.equals(permission.operation()) ? "page" : "space"));
        return json;
    }

    private static SubjectType subjectType(String type) {
        if ("user".equals(type)) {
            return SubjectType.USER;
        }
        if ("group".equals(type)) {
            return SubjectType.GROUP;
        }
        throw ConfluenceRestErrors.badRequest("subject.type must be user or group, not " + type);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
