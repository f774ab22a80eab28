package org.guildhall.analytics;

import org.guildhall.analytics.ao.SpotlightDao;
import org.guildhall.community.Community;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Groups;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who gets a community's weekly spotlight: people and Confluence groups its moderators, owners and space
 * administrators name. The mail itself goes out from {@link SpotlightSending}.
 */
@Component
public class Spotlight {

    /** The most people one community may name. */
    public static final int MAX_PEOPLE = 50;
    /** The most groups one community may name. */
    public static final int MAX_GROUPS = 10;

    private final CommunityHealth health;
    private final SpotlightDao dao;
    private final People people;
    private final Groups groups;
    private final Transactions transactions;

    public Spotlight(CommunityHealth health, SpotlightDao dao, People people, Groups groups,
                     Transactions transactions) {
        this.health = health;
        this.dao = dao;
        this.people = people;
        this.groups = groups;
        this.transactions = transactions;
    }

    /** A community's recipients as its moderators see them: people with their names, then groups. */
    public record Recipients(Community community, List<Person> people, List<String> groups) {
    }

    /**
     * @return the community's recipients; a named person Confluence no longer knows is left out
     * @throws NotFound when the reader cannot see the community (404)
     * @throws AccessDenied unless the reader moderates, owns or administers it (403; 401 anonymous)
     */
    public Recipients recipients(String spaceKey) {
        return recipients(health.requireModerator(spaceKey));
    }

    /**
     * Replaces the community's recipients with these people (by user key, or by username as typed in a form) and
     * groups. Nothing changes when any of them is unknown.
     *
     * @return the recipients as saved
     * @throws NotFound when the reader cannot see the community (404)
     * @throws AccessDenied unless the reader moderates, owns or administers it (403; 401 anonymous)
     * @throws InvalidInput naming {@code people}, {@code usernames} or {@code groups} for an unknown person or group,
     *                      an empty name, or more than {@value #MAX_PEOPLE} people or {@value #MAX_GROUPS} groups;
     *                      naming {@code people} when all three lists are missing (send empty lists to name nobody)
     */
    public Recipients save(String spaceKey, List<String> userKeys, List<String> usernames, List<String> groupNames) {
        Community community = health.requireModerator(spaceKey);
        if (userKeys == null && usernames == null && groupNames == null) {
            // a save names the recipients it leaves; to name nobody, send empty lists
            throw new InvalidInput(Map.of("people", "guildhall.spotlight.error.nothing-named"));
        }
        Map<String, String> errors = new HashMap<>();
        Set<String> personKeys = new LinkedHashSet<>();
        for (String userKey : distinct(userKeys)) {
            if (userKey.isEmpty() || people.find(userKey).isEmpty()) {
                errors.put("people", "guildhall.spotlight.error.unknown-person");
            } else {
                personKeys.add(userKey);
            }
        }
        for (String username : distinct(usernames)) {
            Person person = username.isEmpty() ? null : people.findByUsername(username).orElse(null);
            if (person == null) {
                errors.put("usernames", "guildhall.spotlight.error.unknown-username");
            } else {
                personKeys.add(person.userKey());
            }
        }
        List<String> groupList = distinct(groupNames);
        for (String group : groupList) {
            if (group.isEmpty() || !groups.exists(group)) {
                errors.put("groups", "guildhall.spotlight.error.unknown-group");
            }
        }
        if (personKeys.size() > MAX_PEOPLE) {
            errors.put(userKeys == null || userKeys.isEmpty() ? "usernames" : "people",
                    "guildhall.spotlight.error.too-many-people");
        }
        if (groupList.size() > MAX_GROUPS) {
            errors.put("groups", "guildhall.spotlight.error.too-many-groups");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<SpotlightRecipient> recipients = new ArrayList<>();
        personKeys.forEach(userKey -> recipients.add(SpotlightRecipient.person(userKey)));
        groupList.forEach(group -> recipients.add(SpotlightRecipient.group(group)));
        transactions.inTransactionRetryingOnConflict(() -> {
            dao.replaceRecipients(community.id(), recipients);
            return null;
        });
        return recipients(community);
    }

    private Recipients recipients(Community community) {
        List<SpotlightRecipient> stored = dao.recipients(community.id());
        List<String> personKeys = stored.stream().filter(r -> r.kind() == SpotlightRecipient.Kind.PERSON)
                .map(SpotlightRecipient::name).toList();
        Map<String, Person> found = people.findAll(personKeys);
        return new Recipients(community, personKeys.stream().map(found::get).filter(Objects::nonNull).toList(),
                stored.stream().filter(r -> r.kind() == SpotlightRecipient.Kind.GROUP).map(SpotlightRecipient::name)
                        .toList());
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(value -> value == null ? "" : value.trim())
                .distinct().toList();
    }
}
