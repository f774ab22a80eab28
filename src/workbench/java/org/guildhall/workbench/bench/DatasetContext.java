package org.guildhall.workbench.bench;

import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.StoredSpace;
import org.guildhall.workbench.people.UserDirectory;

import org.guildhall.workbench.Workbench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the parts of a dataset share while it loads: the running workbench (its stores, database and the app's beans),
 * the scale and a seeded random source, the people and spaces generated so far, and what each part reports back.
 */
final class DatasetContext {

    private final Workbench workbench;
    private final int scale;
    private final Random random;
    private final Vocabulary vocabulary;
    private final Map<String, Long> pages = new LinkedHashMap<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private SpacePlan plan;

    DatasetContext(Workbench workbench, int scale, long seed, Vocabulary vocabulary) {
        this.workbench = workbench;
        this.scale = scale;
        this.random = new Random(seed);
        this.vocabulary = vocabulary;
    }

    int scale() {
        return scale;
    }

    Random random() {
        return random;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** @return the app's bean, host service or workbench part of that type */
    <T> T bean(Class<T> type) {
        return workbench.bean(type);
    }

    /** Records the people and spaces that later parts build on. */
    void planned(SpacePlan plan) {
        this.plan = plan;
    }

    /** @throws IllegalStateException when no earlier part has planned the spaces */
    SpacePlan plan() {
        if (plan == null) {
            throw new IllegalStateException("No dataset part before this one created the people and spaces");
        }
        return plan;
    }

    /** Records a page a scenario opens, by purpose. */
    void page(String purpose, long id) {
        pages.put(purpose, id);
    }

    /**
     * Creates a space that every logged-in person reads, whose home page holds {@code body} (a macro a scenario
     * renders), and records the page for {@code purpose}.
     */
    void macroPage(String purpose, String spaceKey, String spaceName, String body) {
        StoredSpace space = bean(SpaceCreation.class).create(spaceKey, spaceName, body, plan().people().get(0).userKey())
                .orElseThrow(() -> new IllegalStateException("The space " + spaceKey + " exists already"));
        bean(SpacePermissionStore.class).grant(spaceKey, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        page(purpose, space.homePageId().orElseThrow());
        created("spaces", 1);
        created("pages", 1);
    }

    /** Records a value a scenario relies on (a space key, a word to search for), by purpose. */
    void value(String purpose, String value) {
        values.put(purpose, value);
    }

    /** @return the value an earlier part recorded for {@code purpose} */
    String value(String purpose) {
        String value = values.get(purpose);
        if (value == null) {
            throw new IllegalStateException("No part before this one recorded " + purpose);
        }
        return value;
    }

    /** Adds {@code count} to the rows of that kind, for the report. */
    void created(String kind, int count) {
        rows.merge(kind, count, Integer::sum);
    }

    Dataset toDataset(Duration loadTime) {
        List<String> usernames = plan().usernames();
        return new Dataset(scale, usernames, Map.copyOf(pages), Map.copyOf(values), Collections.unmodifiableMap(new LinkedHashMap<>(rows)),
                loadTime);
    }
}
