package org.guildhall.expertise.routing.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.expertise.routing.ExpertRouting;
import org.guildhall.expertise.routing.RoutingSettings;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.Map;

/** {@code /admin/routing-settings}: the weekly cap and the escalation delay (system administrators). */
@Path("/admin/routing-settings")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingSettingsResource {

    private final ExpertRouting routing;

    public RoutingSettingsResource(ExpertRouting routing) {
        this.routing = routing;
    }

    record SettingsJson(Integer weeklyCap, Integer escalationHours) {
    }

    /** @return 200 with the routing settings; 401/403 for everyone but system administrators */
    @GET
    public RoutingSettings settings() {
        return routing.settings();
    }

    /**
     * Sets the weekly cap per person (1–100) and the escalation delay in hours (1–720).
     *
     * @return 200; 400 naming each bad field (or {@code body}); 401/403 for everyone but system administrators
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingSettings saveSettings(SettingsJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return routing.saveSettings(body.weeklyCap(), body.escalationHours());
    }
}
