package org.guildhall.activity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Entries next to each other on one page that tell one story ("Ana and 3 others answered …"): same kind, same
 * target. A group of one is an ordinary entry.
 *
 * @param entries newest first; never empty
 */
public record ActivityGroup(List<ActivityEntry> entries) {

    public ActivityGroup {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A group has at least one entry");
        }
        entries = List.copyOf(entries);
    }

    /** The newest entry, which gives the group its title, link, excerpt and time. */
    public ActivityEntry newest() {
        return entries.get(0);
    }

    public ActivityKind kind() {
        return newest().kind();
    }

    public Instant occurredAt() {
        return newest().occurredAt();
    }

    /** @return who acted, newest first, each once */
    public List<String> actorKeys() {
        LinkedHashSet<String> actors = new LinkedHashSet<>();
        entries.forEach(entry -> actors.add(entry.actorKey()));
        return List.copyOf(actors);
    }

    /** Groups consecutive entries with the same group key, keeping the page's order. */
    public static List<ActivityGroup> of(List<ActivityEntry> entries) {
        List<ActivityGroup> groups = new java.util.ArrayList<>();
        List<ActivityEntry> current = new java.util.ArrayList<>();
        for (ActivityEntry entry : entries) {
            if (!current.isEmpty() && !current.get(0).groupKey().equals(entry.groupKey())) {
                groups.add(new ActivityGroup(current));
                current = new java.util.ArrayList<>();
            }
            current.add(entry);
        }
        if (!current.isEmpty()) {
            groups.add(new ActivityGroup(current));
        }
        return groups;
    }
}
