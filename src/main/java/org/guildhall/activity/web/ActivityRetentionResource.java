package org.guildhall.activity.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.activity.ActivityRetention;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.Map;

/** {@code /rest/guildhall/1.0/admin/activity/retention}: how many days the stream keeps (system administrators). */
@Path("/admin/activity/retention")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityRetentionResource {

    private final ActivityRetention retention;

    public ActivityRetentionResource(ActivityRetention retention) {
        this.retention = retention;
    }

    public record RetentionJson(Integer days) {
    }

    /** @return 200 {@code {"days":n}}; 401/403 for everyone but system administrators */
    @GET
    public RetentionJson get() {
        return new RetentionJson(retention.days());
    }

    /**
     * Sets the retention: {@code {"days":n}}, {@value ActivityRetention#MIN_DAYS}–{@value ActivityRetention#MAX_DAYS};
     * the daily purge job removes older entries.
     *
     * @return 200; 400 naming {@code days} (or {@code body}); 401/403 for everyone but system administrators
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionJson save(RetentionJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return new RetentionJson(retention.save(body.days()));
    }
}
