package org.guildhall.activity;

/** Where a page of the stream ended: the time (epoch milliseconds) and id of the last entry it read. */
public record StreamPosition(long occurredAtMillis, long id) {
}
