package org.guildhall.community;

import org.guildhall.platform.GuildhallException;

import java.util.Map;

/**
 * Making a community private was refused because the space admin did not confirm the current plan: no token (400), or
 * a token of a plan that is no longer current because the space or the membership changed since (409). Carries the
 * current plan, so the admin can be shown it again. Nothing was changed.
 */
public final class PrivacyPlanRefused extends GuildhallException {

    private static final long serialVersionUID = 1L;

    private final transient PrivacyPlan currentPlan;
    private final boolean stale;

    PrivacyPlanRefused(PrivacyPlan currentPlan, boolean stale) {
        super(stale ? "guildhall.error.privacy-plan.stale" : "guildhall.error.privacy-plan.unconfirmed");
        this.currentPlan = currentPlan;
        this.stale = stale;
    }

    public PrivacyPlan currentPlan() {
        return currentPlan;
    }

    /** @return true when a token was given but belongs to an older plan (409); false when none was given (400) */
    public boolean stale() {
        return stale;
    }

    @Override
    public Map<String, String> fieldErrorKeys() {
        return Map.of("confirmPlan",
                stale ? "guildhall.error.confirm-plan.stale" : "guildhall.error.confirm-plan.required");
    }
}
