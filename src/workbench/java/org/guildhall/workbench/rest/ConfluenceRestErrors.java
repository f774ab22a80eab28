package org.guildhall.workbench.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors in the shape Confluence's REST API answers with: {@code {"statusCode":400,"message":"…"}}. */
final class ConfluenceRestErrors {

    private ConfluenceRestErrors() {
    }

    static WebApplicationException badRequest(String message) {
        return error(400, message);
    }

    static WebApplicationException forbidden(String message) {
        return error(403, message);
    }

    static WebApplicationException notFound(String message) {
        return error(404, message);
    }

    private static WebApplicationException error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("message", message);
        return new WebApplicationException(message,
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
