package org.guildhall.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.I18n;

/** Well-formed JSON with a value of the wrong type: 400 naming the field. */
@Provider
@Priority(1)
public class JsonMappingErrorMapper extends JsonErrorMapper<JsonMappingException> {

    public JsonMappingErrorMapper(I18n i18n) {
        super(i18n);
    }
}
