package org.guildhall.community.web;

import java.util.Map;

/**
 * The error body of a {@code PUT /communities/{spaceKey}} that asked for {@code private} without confirming the
 * current plan: the usual error fields plus the current {@code plan} to show the space admin again.
 */
public record PrivacyPlanRefusalJson(int status, String message, Map<String, String> errors, PrivacyPlanJson plan) {
}
