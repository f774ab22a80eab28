package org.guildhall.workbench.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The benchmark dataset once loaded: who the scenarios log in as, the pages they open, and how many rows of each
 * kind it holds (for the report).
 *
 * @param scale     the number of spaces (and communities) asked for
 * @param usernames the people the scenarios act as; each one's password is the username
 * @param pages     page ids by purpose, e.g. {@value CommunityDataPart#DIRECTORY_PAGE}
 * @param values    values scenarios rely on, by purpose, e.g. {@value MembershipDataPart#LARGE_COMMUNITY}
 * @param rows      rows created, by kind, in load order
 * @param loadTime  how long generating and loading took
 */
public record Dataset(int scale, List<String> usernames, Map<String, Long> pages,
                      Map<String, String> values, Map<String, Integer> rows,
                      Duration loadTime) {

    /** @return the id of the page created for {@code purpose} */
    public long page(String purpose) {
        Long id = pages.get(purpose);
        if (id == null) {
            throw new IllegalStateException("The dataset has no " + purpose + " page; its parts created " + pages.keySet());
        }
        return id;
    }

    /** @return the value recorded for {@code purpose} */
    public String value(String purpose) {
        String value = values.get(purpose);
        if (value == null) {
            throw new IllegalStateException("The dataset has no value " + purpose + "; its parts recorded " + values.keySet());
        }
        return value;
    }

    /** @return the user a worker acts as for its {@code n}th visit: every worker cycles through everybody */
    public String user(int worker, long n) {
        return usernames.get((int) ((worker * 7L + n) % usernames.size()));
    }
}
