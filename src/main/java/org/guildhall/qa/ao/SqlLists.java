package org.guildhall.qa.ao;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** Small pieces of SQL the Q&A DAOs share: {@code IN} lists and time conversion. */
final class SqlLists {

    /** Values per {@code IN (...)}: well inside every database's limit on bind parameters. */
    static final int IN_LIST_SIZE = 500;

    private SqlLists() {
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static Object[] ints(Collection<? extends Number> ids) {
        return ids.stream().map(Number::intValue).toArray();
    }

    static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new java.util.ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_SIZE) {
            slices.add(values.subList(start, Math.min(values.size(), start + IN_LIST_SIZE)));
        }
        return slices;
    }

    /** The unique source key of a post written here, since Active Objects makes unique columns NOT NULL. */
    static String localSourceKey() {
        return "local:" + java.util.UUID.randomUUID();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static Long boxedLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    /** A lock token different from the current one, so the UPDATE that takes the row lock is never skipped. */
    static int nextToken(int current) {
        return current == Integer.MAX_VALUE ? 0 : current + 1;
    }
}
