package org.guildhall.workbench.cluster;

import com.atlassian.scheduler.SchedulerServiceException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a job's parameters into text for the {@code PARAMETERS} column and back, so that whichever node claims a
 * per-cluster job hands the runner the parameters it was scheduled with. Atlassian asks for small parameter maps;
 * the workbench enforces that with a limit of 4000 characters.
 */
final class JobParametersCodec {

    private static final int COLUMN_LENGTH = 4000;

    private JobParametersCodec() {
    }

    /** @return the encoded parameters, or null when there are none */
    static String encode(Map<String, Serializable> parameters) throws SchedulerServiceException {
        if (parameters.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(parameters));
        } catch (IOException e) {
            throw new SchedulerServiceException("Job parameters could not be serialised", e);
        }
        String encoded = Base64.getEncoder().encodeToString(bytes.toByteArray());
        if (encoded.length() > COLUMN_LENGTH) {
            throw new SchedulerServiceException("Job parameters are too large: " + encoded.length()
                    + " characters once encoded, the workbench stores at most " + COLUMN_LENGTH);
        }
        return encoded;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Serializable> decode(String encoded) {
        if (encoded == null) {
            return Map.of();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            return (Map<String, Serializable>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Stored job parameters could not be read", e);
        }
    }
}
