package org.guildhall.community.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.community.PrivacyPlanRefused;
import org.guildhall.platform.I18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a switch to private without a confirmed plan: 400 when {@code confirmPlan} is missing, 409 when it belongs
 * to a plan that is no longer current; both name {@code confirmPlan} and carry the current plan.
 */
@Provider
public class PrivacyPlanRefusedMapper implements ExceptionMapper<PrivacyPlanRefused> {

    private final I18n i18n;

    public PrivacyPlanRefusedMapper(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(PrivacyPlanRefused refused) {
        int status = refused.stale() ? 409 : 400;
        Map<String, String> errors = new LinkedHashMap<>();
        refused.fieldErrorKeys().forEach((field, key) -> errors.put(field, i18n.text(key)));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new PrivacyPlanRefusalJson(status, i18n.text(refused.messageKey()), errors,
                        PrivacyPlanJson.of(refused.currentPlan())))
                .build();
    }
}
