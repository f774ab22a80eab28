package org.guildhall.platform.web;

import java.util.Map;

/**
 * The body of every error the REST API returns: {@code {"status":400,"message":"…","errors":{"field":"…"}}}.
 */
public record ErrorJson(int status, String message, Map<String, String> errors) {
}
