package org.guildhall.qa.importer;

import org.guildhall.community.Topics;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a Stack Exchange tag to a Guildhall topic. Most tags ({@code espresso}, {@code machine-learning}) are topics
 * as they are. Tags may also hold {@code #}, {@code +} and {@code .}, which topics do not; they are spelled out, always
 * the same way, so a re-import maps a tag to the same topic: {@code #} → {@code -sharp}, {@code +} → {@code -plus},
 * {@code .} → {@code -dot-}; then every other run of characters that is not a letter or digit becomes one hyphen and
 * hyphens at the ends go. So {@code q#} → {@code q-sharp}, {@code c++} → {@code c-plus-plus}, {@code .net} →
 * {@code dot-net}, {@code node.js} → {@code node-dot-js}. Topics are widened nowhere: what a person types as a topic
 * keeps its rules. A tag that is still no topic (longer than 40 characters after spelling out) is dropped.
 */
public final class TagTopics {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{Ll}\\p{Lo}\\p{Nd}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private TagTopics() {
    }

    /** @return the topic for the tag, or empty when none can be made */
    public static Optional<String> topic(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String spelled = tag.trim().toLowerCase(Locale.ROOT)
                .replace("#", "-sharp-")
                .replace("+", "-plus-")
                .replace(".", "-dot-");
        String hyphenated = EDGE_HYPHENS.matcher(NOT_LETTER_OR_DIGIT.matcher(spelled).replaceAll("-")).replaceAll("");
        return Topics.parse(hyphenated);
    }

    /** @return the tags of a post's {@code Tags} attribute: {@code <a><b>} (older dumps) or {@code |a|b|} */
    public static java.util.List<String> tags(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return java.util.List.of();
        }
        String[] parts = attribute.startsWith("|") ? attribute.split("\\|") : attribute.split("[<>]");
        return java.util.Arrays.stream(parts).map(String::trim).filter(part -> !part.isEmpty()).distinct().toList();
    }
}
