package org.guildhall.expertise.routing;

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
}
