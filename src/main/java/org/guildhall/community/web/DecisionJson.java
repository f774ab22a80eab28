package org.guildhall.community.web;

/** The body of {@code POST /communities/{spaceKey}/requests/{userKey}}: {@code approve} or {@code deny}, and a note. */
public record DecisionJson(String decision, String message) {
}
