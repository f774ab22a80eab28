package org.guildhall.qa;

import org.guildhall.community.Topics;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for what people type into questions, answers and comments. Each failure names its field. */
public final class PostInput {

    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 150;
    /** 64 kB of UTF-8. */
    public static final int BODY_MAX_BYTES = 65536;
    public static final int COMMENT_MAX = 600;
    public static final int TOPICS_MIN = 1;
    public static final int TOPICS_MAX = 5;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cc}");

    private PostInput() {
    }

    /** @return the trimmed title, or an error key */
    static Optional<String> titleError(String title) {
        if (title == null || title.trim().isEmpty()) {
            return Optional.of("guildhall.error.title.required");
        }
        String trimmed = title.trim();
        if (ANY_CONTROL.matcher(trimmed).find()) {
            return Optional.of("guildhall.error.control-characters");
        }
        if (trimmed.codePointCount(0, trimmed.length()) < TITLE_MIN
                || trimmed.codePointCount(0, trimmed.length()) > TITLE_MAX) {
            return Optional.of("guildhall.error.title.length");
        }
        return Optional.empty();
    }

    static Optional<String> bodyError(String body) {
        if (body == null || body.isBlank()) {
            return Optional.of("guildhall.error.body.required");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > BODY_MAX_BYTES) {
            return Optional.of("guildhall.error.body.too-long");
        }
        if (CONTROL.matcher(body).find()) {
            return Optional.of("guildhall.error.control-characters");
        }
        return Optional.empty();
    }

    static Optional<String> commentError(String body) {
        if (body == null || body.isBlank()) {
            return Optional.of("guildhall.error.body.required");
        }
        if (body.trim().codePointCount(0, body.trim().length()) > COMMENT_MAX) {
            return Optional.of("guildhall.error.comment.too-long");
        }
        if (CONTROL.matcher(body).find()) {
            return Optional.of("guildhall.error.control-characters");
        }
        return Optional.empty();
    }

    /** @return the normalised topics without repeats, or throws naming {@code topics} */
    static List<String> normaliseTopics(List<String> topics, Map<String, String> errors) {
        List<String> normalised = new ArrayList<>();
        if (topics == null || topics.isEmpty()) {
            errors.put("topics", "guildhall.error.question-topics.count");
            return normalised;
        }
        for (String topic : topics) {
            Optional<String> parsed = Topics.parse(topic);
            if (parsed.isEmpty()) {
                errors.put("topics", "guildhall.error.topics.invalid");
                return normalised;
            }
            if (!normalised.contains(parsed.get())) {
                normalised.add(parsed.get());
            }
        }
        if (normalised.size() < TOPICS_MIN || normalised.size() > TOPICS_MAX) {
            errors.put("topics", "guildhall.error.question-topics.count");
        }
        return normalised;
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static Map<String, String> errors() {
        return new LinkedHashMap<>();
    }
}
