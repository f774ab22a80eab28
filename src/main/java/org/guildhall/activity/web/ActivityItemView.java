package org.guildhall.activity.web;

import java.util.List;

/**
 * One line of the stream as shown (macro and REST alike): a group of entries put into words for the reader.
 *
 * @param summary      who did what, in the reader's language, e.g. "Ana and 3 others answered"
 * @param title        what it was about (question, page, community), plain text
 * @param url          the link of the title
 * @param occurredAt   ISO-8601 time of the newest entry
 * @param relativeTime e.g. "5 minutes ago"
 * @param exactTime    the exact time, shown on hover
 * @param actors       display names of who acted, newest first
 */
public record ActivityItemView(String kind, String summary, String title, String url, String excerpt,
                               String communityName, String communityUrl, String occurredAt, String relativeTime,
                               String exactTime, int entryCount, List<String> actors) {
}
