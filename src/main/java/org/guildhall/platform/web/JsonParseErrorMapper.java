package org.guildhall.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.I18n;

/** A request body that is not well-formed JSON: 400 naming {@code body}. */
@Provider
@Priority(1)
public class JsonParseErrorMapper extends JsonErrorMapper<JsonParseException> {

    public JsonParseErrorMapper(I18n i18n) {
        super(i18n);
    }
}
