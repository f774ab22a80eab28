package org.guildhall.admin.web;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.admin.AuditEntry;
import org.guildhall.admin.AuditLog;
import org.guildhall.admin.SystemAdministrators;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /admin/audit}: the audit trail of Guildhall's global settings. System administrators only, in a secure
 * administrator session (WebSudo) when called from a browser.
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@WebSudoRequired
public class AuditResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditLog auditLog;
    private final SystemAdministrators systemAdministrators;
    private final People people;

    public AuditResource(AuditLog auditLog, SystemAdministrators systemAdministrators, People people) {
        this.auditLog = auditLog;
        this.systemAdministrators = systemAdministrators;
        this.people = people;
    }

    record ActorJson(String userKey, String displayName) {
    }

    record AuditEntryJson(long id, String changedAt, ActorJson actor, String setting, JsonNode before,
                          JsonNode after) {
    }

    record AuditPageJson(List<AuditEntryJson> entries, String nextCursor, int limit) {
    }

    /**
     * The audit trail, newest first: who changed which global setting when, with the value before and after.
     *
     * @return 200 {@code {"entries":[…],"nextCursor","limit"}}; 400 naming {@code cursor} or {@code limit} (1–100);
     *         401; 403 for everyone but system administrators
     */
    @GET
    public AuditPageJson audit(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("25") int limit) {
        systemAdministrators.require();
        AuditLog.Page page = auditLog.page(cursor, limit);
        Map<String, Person> actors = people.findAll(page.entries().stream().map(AuditEntry::actorKey)
                .filter(Objects::nonNull).distinct().toList());
        List<AuditEntryJson> entries = page.entries().stream().map(entry -> new AuditEntryJson(entry.id(),
                entry.changedAt().toString(), actor(entry.actorKey(), actors), entry.setting(), parse(entry.before()),
                parse(entry.after()))).toList();
        return new AuditPageJson(entries, page.nextCursor(), limit);
    }

    private static ActorJson actor(String userKey, Map<String, Person> actors) {
        if (userKey == null) {
            return null;
        }
        Person person = actors.get(userKey);
        return new ActorJson(userKey, person == null ? null : person.displayName());
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}
