package org.guildhall.qa;

import java.util.Locale;

/** What a vote, revision or comment belongs to. Stored lower case in {@code POST_TYPE} columns. */
public enum PostType {
    QUESTION, ANSWER;

    /** @return {@code question} or {@code answer} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PostType parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
