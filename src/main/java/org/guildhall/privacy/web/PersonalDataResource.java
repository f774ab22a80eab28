package org.guildhall.privacy.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.guildhall.privacy.PersonalData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /people/{userKey}/data}: everything Guildhall holds about one person (right of access), as JSON
 * {@code {"userKey":…,"questions":[…],"answers":[…],…}} with one section per kind of record, each row with its
 * columns. Streamed a page of rows at a time, so that a prolific person never fills memory.
 */
@Path("/people/{userKey}/data")
public class PersonalDataResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PersonalData personalData;

    public PersonalDataResource(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** @return 200 with the JSON document; 401 anonymous; 403 for everyone but system administrators */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StreamingOutput data(@PathParam("userKey") String userKey) {
        personalData.authorizeExport();
        return output -> {
            try (JsonGenerator json = JSON.getFactory().createGenerator(output)) {
                json.writeStartObject();
                json.writeStringField("userKey", userKey);
                personalData.export(userKey, new PersonalData.ExportSink() {
                    private boolean open;

                    @Override
                    public void section(String name) {
                        try {
                            if (open) {
                                json.writeEndArray();
                            }
                            json.writeArrayFieldStart(name);
                            open = true;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void rows(List<Map<String, Object>> rows) {
                        try {
                            for (Map<String, Object> row : rows) {
                                json.writeObject(row);
                            }
                            json.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                json.writeEndArray();
                json.writeEndObject();
            }
        };
    }
}
