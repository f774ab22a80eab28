package org.guildhall.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.DatabaseUnavailable;
import org.guildhall.platform.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;

/**
 * Answers a REST request that failed because the database could not be reached with 503, {@code Retry-After} and
 * {@code {"status":503,"message":…}} — the caller may simply try again, and the app recovers by itself once the
 * database is back. Every other unexpected failure is logged and answered with 500 and the same JSON shape; JAX-RS's
 * own {@link WebApplicationException}s keep their response, and the app's {@code GuildhallException}s have a closer
 * mapper ({@link GuildhallExceptionMapper}).
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableMapper.class);

    private final I18n i18n;

    public DatabaseUnavailableMapper(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException webApplication) {
            return webApplication.getResponse();
        }
        if (DatabaseUnavailable.causedBy(exception)) {
            LOG.warn("The database cannot be reached; answering 503: {}", rootMessage(exception));
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(503, text(i18n, "guildhall.error.database-unavailable"), Map.of()))
                    .build();
        }
        LOG.error("A REST request failed unexpectedly", exception);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(500, text(i18n, "guildhall.error.unexpected"), Map.of()))
                .build();
    }

    /** The caller's language needs their profile, which may live in the unreachable database: then English. */
    static String text(I18n i18n, String key) {
        try {
            return i18n.text(key);
        } catch (RuntimeException e) {
            return i18n.text(Locale.ENGLISH, key);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable deepest = failure;
        for (int depth = 0; depth < 20 && deepest.getCause() != null && deepest.getCause() != deepest; depth++) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
