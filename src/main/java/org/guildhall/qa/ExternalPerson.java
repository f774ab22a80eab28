package org.guildhall.qa;

/** An imported author who is not a Confluence user; {@code profileUrl} may be null. */
public record ExternalPerson(long id, String displayName, String profileUrl, String site) {
}
