package org.guildhall.qa;

/**
 * Who wrote a post: a Confluence user (by user key) or, for imported content, an external person.
 *
 * @param userKey    the Confluence user key, or null for an external person
 * @param externalId the external person's id, or null for a Confluence user
 */
public record PostAuthor(String userKey, Integer externalId) {

    public static PostAuthor user(String userKey) {
        return new PostAuthor(userKey, null);
    }

    public boolean isUser(String key) {
        return userKey != null && userKey.equals(key);
    }

    /** @return the key reputation is kept under: the user key, or {@code external:<id>} */
    public String personKey() {
        return userKey != null ? userKey : externalId == null ? null : "external:" + externalId;
    }
}
