package org.guildhall.archive;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.archive.ao.ArchiveDao;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the people an archive names on this site, during one import: a user by user key, else by username, else an
 * external person who keeps the archive's name ({@code archive:user:<user key>}); an external person of the archive
 * by their source key. Remembers each answer for the rest of the import (one entry per distinct person).
 */
final class ArchivePeople {

    /** A person as a row stores them: a user key, or an external person's id. */
    record Resolved(String userKey, Integer externalId) {

        static final Resolved NOBODY = new Resolved(null, null);

        /** @return the user key, {@code external:<id>}, or null: what user-key columns hold */
        String personKey() {
            return userKey != null ? userKey
                    : externalId != null ? ArchiveFormat.EXTERNAL_KEY_PREFIX + externalId : null;
        }
    }

    private final People people;
    private final ArchiveDao dao;
    private final Map<String, Resolved> known = new HashMap<>();
    private int created;

    ArchivePeople(People people, ArchiveDao dao) {
        this.people = people;
        this.dao = dao;
    }

    Resolved resolve(Optional<JsonNode> person) {
        if (person.isEmpty()) {
            return Resolved.NOBODY;
        }
        JsonNode node = person.get();
        String identity = node.path("external").isTextual() ? "e:" + node.get("external").asText()
                : "u:" + node.get("userKey").asText();
        return known.computeIfAbsent(identity, ignored -> find(node));
    }

    /** @return the local user, when the person is (or matches) a user of this site */
    Optional<String> userKey(Optional<JsonNode> person) {
        return Optional.ofNullable(resolve(person).userKey());
    }

    /** @return what a user-key column stores for the person */
    Optional<String> personKey(Optional<JsonNode> person) {
        return Optional.ofNullable(resolve(person).personKey());
    }

    /** @return how many external people this import created */
    int created() {
        return created;
    }

    private Resolved find(JsonNode node) {
        if (node.path("external").isTextual()) {
            return external(node.get("external").asText(), text(node, "displayName", node.get("external").asText()),
                    text(node, "profileUrl", null), text(node, "site", ArchiveFormat.UNKNOWN_USER_SITE));
        }
        String userKey = node.get("userKey").asText();
        Optional<Person> user = people.find(userKey);
        String username = text(node, "username", null);
        if (user.isEmpty() && username != null) {
            user = people.findByUsername(username);
        }
        if (user.isPresent()) {
            return new Resolved(user.get().userKey(), null);
        }
        return external(ArchiveFormat.UNKNOWN_USER_PREFIX + userKey,
                text(node, "displayName", username != null ? username : userKey), null,
                ArchiveFormat.UNKNOWN_USER_SITE);
    }

    private Resolved external(String sourceKey, String displayName, String profileUrl, String site) {
        boolean existed = dao.externalPersonExists(sourceKey);
        int id = dao.ensureExternalPerson(sourceKey, displayName, profileUrl, site);
        if (!existed) {
            created++;
        }
        return new Resolved(null, id);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : fallback;
    }
}
