package org.guildhall.workbench.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A selection of real Stack Exchange questions (CC BY-SA) bundled with the workbench under {@code demo/}; see
 * {@code demo/SOURCE.md} for where they come from and how they were chosen.
 */
record StackExchangeSample(String site, String spaceKey, String spaceName, List<Question> questions) {

    /** A question with what its attribution needs: author display name, original id and date. */
    record Question(long id, String title, String author, long authorId, String created, int score, List<String> tags,
                    String bodyHtml) {

        /** @return the original question's short link, {@code https://<site>/q/<id>} */
        String url(String site) {
            return "https://" + site + "/q/" + id;
        }

        /** Stack Exchange licenses posts made from 2018-05-02 on under CC BY-SA 4.0, older ones under 3.0. */
        String licence() {
            return created.compareTo("2018-05-02") >= 0 ? "CC BY-SA 4.0" : "CC BY-SA 3.0";
        }

        String licenceUrl() {
            return created.compareTo("2018-05-02") >= 0
                    ? "https://creativecommons.org/licenses/by-sa/4.0/" : "https://creativecommons.org/licenses/by-sa/3.0/";
        }
    }

    static StackExchangeSample load(String site) {
        String location = "demo/" + site + ".json";
        try (InputStream in = StackExchangeSample.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Demo content " + location + " is missing from the workbench resources");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, StackExchangeSample.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }
}
