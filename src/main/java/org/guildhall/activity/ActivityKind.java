package org.guildhall.activity;

import java.util.Locale;
import java.util.Optional;

/**
 * What happened, as the stream shows and filters it. The {@link #id()} is stored ({@code KIND} column) and used in
 * the REST API and macro parameters, so it never changes once released.
 */
public enum ActivityKind {
    QUESTION_ASKED,
    QUESTION_ANSWERED,
    ANSWER_ACCEPTED,
    QUESTION_CLOSED,
    QUESTION_COMMENTED,
    MEMBER_JOINED,
    MEMBER_ROLE_CHANGED,
    PAGE_CREATED,
    PAGE_UPDATED,
    BLOG_POSTED,
    BLOG_UPDATED,
    PAGE_COMMENTED,
    CONTENT_LIKED;

    /** @return e.g. {@code question-asked} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the kind with that id, ignoring case and surrounding space; empty for an unknown id */
    public static Optional<ActivityKind> parse(String id) {
        String wanted = id == null ? "" : id.trim();
        for (ActivityKind kind : values()) {
            if (kind.id().equalsIgnoreCase(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** @return true for entries about Confluence content, which Confluence may restrict page by page */
    public boolean aboutConfluenceContent() {
        return switch (this) {
            case PAGE_CREATED, PAGE_UPDATED, BLOG_POSTED, BLOG_UPDATED, PAGE_COMMENTED, CONTENT_LIKED -> true;
            default -> false;
        };
    }
}
