package org.guildhall.expertise.routing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What administrators configure about routing.
 *
 * @param weeklyCap       how many routed questions one person gets at most in any 7 days (1–100)
 * @param escalationHours how long a routed question may stay unanswered before the next experts are asked (1–720)
 */
public record RoutingSettings(int weeklyCap, int escalationHours) {

    public static final RoutingSettings DEFAULTS = new RoutingSettings(5, 48);
    public static final int MAX_WEEKLY_CAP = 100;
    public static final int MAX_ESCALATION_HOURS = 720;

    /** @return the i18n error key per field ({@code weeklyCap}, {@code escalationHours}) that is missing or out of range */
    public static Map<String, String> errors(Integer weeklyCap, Integer escalationHours) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (weeklyCap == null || weeklyCap < 1 || weeklyCap > MAX_WEEKLY_CAP) {
            errors.put("weeklyCap", "guildhall.error.routing.weekly-cap");
        }
        if (escalationHours == null || escalationHours < 1 || escalationHours > MAX_ESCALATION_HOURS) {
            errors.put("escalationHours", "guildhall.error.routing.escalation-hours");
        }
        return errors;
    }
}
