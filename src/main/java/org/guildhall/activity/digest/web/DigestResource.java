package org.guildhall.activity.digest.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.activity.digest.DigestContent;
import org.guildhall.activity.digest.DigestContent.DigestQuestion;
import org.guildhall.activity.digest.DigestFrequency;
import org.guildhall.activity.digest.DigestMail;
import org.guildhall.activity.digest.DigestPreferences;
import org.guildhall.activity.web.ActivityItemView;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Links;

import java.util.List;
import java.util.Map;

/**
 * {@code /rest/guildhall/1.0/people/me/digest}: the caller's digest — how often it comes and what the next one holds.
 * Logged-in callers only (401 otherwise).
 */
@Path("/people/me/digest")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    private final DigestPreferences preferences;
    private final Links links;

    public DigestResource(DigestPreferences preferences, Links links) {
        this.preferences = preferences;
        this.links = links;
    }

    /** The caller's choice, and where to change it. */
    public record DigestSettingsJson(String frequency, String preferencesUrl) {
    }

    /** The body of {@code PUT}. */
    public record FrequencyJson(String frequency) {
    }

    /** What the next digest holds; {@code empty} when nothing is new (no mail would be sent). */
    public record PreviewJson(String frequency, String since, String until, boolean empty,
                              List<ActivityItemView> activity, List<DigestQuestion> routed,
                              List<DigestQuestion> top) {
    }

    /** @return 200 {@code {"frequency":"daily|weekly|off","preferencesUrl":…}}; 401 anonymous */
    @GET
    public DigestSettingsJson settings() {
        return json(preferences.mine());
    }

    /**
     * Sets how often the caller gets their digest: {@code {"frequency":"daily"}} ({@code daily}, {@code weekly} or
     * {@code off}).
     *
     * @return 200 with the settings; 400 naming {@code frequency} (or {@code body}); 401 anonymous
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DigestSettingsJson save(FrequencyJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return json(preferences.save(body.frequency()));
    }

    /**
     * @return 200 with what the caller's next digest would hold if sent now, filtered for the caller exactly like the
     *         mail; 401 anonymous
     */
    @GET
    @Path("preview")
    public PreviewJson preview() {
        DigestFrequency frequency = preferences.mine();
        DigestContent content = preferences.preview();
        return new PreviewJson(frequency.id(), content.since().toString(), content.until().toString(),
                content.isEmpty(), content.activity(), content.routed(), content.top());
    }

    private DigestSettingsJson json(DigestFrequency frequency) {
        return new DigestSettingsJson(frequency.id(), links.baseUrl(false) + DigestMail.PREFERENCES_PATH);
    }
}
