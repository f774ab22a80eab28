package org.guildhall.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.guildhall.platform.I18n;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers a request body that is not the JSON expected with 400 and an {@link ErrorJson} naming the field at fault
 * ({@code body} when the JSON itself is broken). One subclass per exception type the JSON provider throws, so that
 * these mappers match as closely as the provider's own and win on priority.
 */
abstract class JsonErrorMapper<E extends JsonProcessingException> implements ExceptionMapper<E> {

    private final I18n i18n;

    JsonErrorMapper(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(E exception) {
        String field = "body";
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
        }
        String key = "body".equals(field) ? "guildhall.error.json.malformed" : "guildhall.error.json.wrong-type";
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(400, i18n.text("guildhall.error.invalid-input"), Map.of(field, i18n.text(key))))
                .build();
    }
}
