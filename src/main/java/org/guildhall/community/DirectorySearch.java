package org.guildhall.community;

import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader asks the directory for: communities whose name or description contains {@code text} (any case),
 * that cover {@code topic}, in {@code sort} order. Already validated.
 *
 * @param text  lower case, trimmed; empty matches every community
 * @param topic a normalised topic, or empty for any
 */
public record DirectorySearch(String text, Optional<String> topic, DirectorySort sort) {

    /** Longer text cannot be a useful search and would only make every row's {@code LIKE} slower. */
    public static final int MAX_TEXT_LENGTH = 200;

    /** Every community, by name. */
    public static final DirectorySearch ALL = new DirectorySearch("", Optional.empty(), DirectorySort.NAME);

    /**
     * Reads a search as the REST API and the macro receive it; null or blank values mean "no filter" and
     * {@link DirectorySort#NAME}.
     *
     * @throws InvalidInput naming {@code query}, {@code topic} or {@code sort}
     */
    public static DirectorySearch parse(String query, String topic, String sort) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_TEXT_LENGTH) {
            errors.put("query", "guildhall.error.query.too-long");
        }
        Optional<String> parsedTopic = Optional.empty();
        if (topic != null && !topic.isBlank()) {
            parsedTopic = Topics.parse(topic);
            if (parsedTopic.isEmpty()) {
                errors.put("topic", "guildhall.error.topic.invalid");
            }
        }
        Optional<DirectorySort> parsedSort = sort == null || sort.isBlank()
                ? Optional.of(DirectorySort.NAME) : DirectorySort.parse(sort.trim());
        if (parsedSort.isEmpty()) {
            errors.put("sort", "guildhall.error.sort.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new DirectorySearch(text, parsedTopic, parsedSort.get());
    }
}
