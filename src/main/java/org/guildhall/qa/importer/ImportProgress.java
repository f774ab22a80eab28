package org.guildhall.qa.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far an import has got: rows read and rows written per dump file, and the current phase. Thread-safe: the import
 * thread writes it while a request thread may read it.
 */
public final class ImportProgress {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private String phase = "queued";

    public ImportProgress() {
        for (String file : StackExchangeDump.FILES) {
            counts.put(file, new long[2]);
        }
    }

    synchronized void phase(String phase) {
        this.phase = phase;
    }

    synchronized void read(String file, long rows) {
        counts.get(file)[0] = rows;
    }

    synchronized void written(String file, long rows) {
        counts.get(file)[1] += rows;
    }

    /** @return rows written from that file so far */
    public synchronized long written(String file) {
        return counts.get(file)[1];
    }

    /** @return rows read from that file by the check that runs before anything is written */
    public synchronized long read(String file) {
        return counts.get(file)[0];
    }

    /** @return {@code {"phase":…,"files":{"Posts.xml":{"read":…,"written":…},…}}} */
    public synchronized String toJson() {
        Map<String, Object> files = new LinkedHashMap<>();
        counts.forEach((file, count) -> files.put(file, Map.of("read", count[0], "written", count[1])));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("phase", phase);
        json.put("files", files);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
