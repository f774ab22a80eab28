package org.guildhall.workbench.content;

/** A page in the workbench's {@code WB_PAGE} table; {@code body} is Confluence storage format. */
public record StoredPage(long id, String spaceKey, String title, String body) {
}
