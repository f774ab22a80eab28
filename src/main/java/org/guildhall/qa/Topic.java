package org.guildhall.qa;

/** A known topic; {@code description} is plain text, empty when there is none. */
public record Topic(String name, String description) {
}
