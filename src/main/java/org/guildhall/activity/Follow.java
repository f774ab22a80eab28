package org.guildhall.activity;

import java.time.Instant;

/**
 * Something a person follows.
 *
 * @param targetType {@code question}, {@code topic}, {@code community} or {@code person}
 * @param targetId   a question id, topic name, space key or user key
 */
public record Follow(String targetType, String targetId, Instant createdAt) {

    public static final String QUESTION = "question";
    public static final String TOPIC = "topic";
    public static final String COMMUNITY = "community";
    public static final String PERSON = "person";
}
