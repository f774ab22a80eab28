package org.guildhall.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a refused request with the right 4xx and an {@link ErrorJson} in the caller's language.
 */
@Provider
public class GuildhallExceptionMapper implements ExceptionMapper<GuildhallException> {

    private final I18n i18n;
    private final CurrentUser currentUser;

    public GuildhallExceptionMapper(I18n i18n, CurrentUser currentUser) {
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    @Override
    public Response toResponse(GuildhallException exception) {
        int status = statusOf(exception);
        Map<String, String> errors = new LinkedHashMap<>();
        exception.fieldErrorKeys().forEach((field, key) -> errors.put(field, i18n.text(key)));
        String message = i18n.text(exception.messageKey(), exception.arguments());
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(status, message, errors));
        if (exception instanceof GuildhallException.TooManyRequests tooMany) {
            response.header("Retry-After", tooMany.retryAfterSeconds());
        }
        return response.build();
    }

    private int statusOf(GuildhallException exception) {
        if (exception instanceof GuildhallException.InvalidInput) {
            return 400;
        }
        if (exception instanceof GuildhallException.AccessDenied) {
            return currentUser.userKey().isPresent() ? 403 : 401;
        }
        if (exception instanceof GuildhallException.ReadOnlyMode) {
            return 503;
        }
        if (exception instanceof GuildhallException.Conflict) {
            return 409;
        }
        if (exception instanceof GuildhallException.TooManyRequests) {
            return 429;
        }
        return 404;
    }
}
