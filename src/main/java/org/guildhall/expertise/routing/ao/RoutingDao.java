package org.guildhall.expertise.routing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.Query;
import org.guildhall.expertise.routing.RoutedPerson;
import org.guildhall.expertise.routing.RoutingSettings;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The only code that reads and writes routing records, declines and the routing settings. */
@Component
public class RoutingDao {

    static final String SETTINGS_KEY = "default";

    static final String ROUTING_TABLE = "AO_A368F0_ROUTING";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;

    public RoutingDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /** @return who the question was routed to, in round then time order (one statement) */
    public List<RoutedPerson> findByQuestion(long questionId) {
        return Arrays.stream(ao.find(RoutingEntity.class, Query.select()
                        .where(RoutingEntity.QUESTION_ID + " = ?", (int) questionId)))
                .map(RoutingDao::toRouted)
                .sorted(Comparator.comparingInt(RoutedPerson::round).thenComparing(RoutedPerson::askedAt)
                        .thenComparing(RoutedPerson::personKey))
                .toList();
    }

    /**
     * Records that the question was routed to the person. Call inside a transaction; a second record for the same
     * question and person fails on the unique key.
     */
    public void insert(long questionId, String personKey, int round, Instant askedAt) {
        Map<String, Object> row = new HashMap<>();
        row.put(RoutingEntity.QUESTION_ID, (int) questionId);
        row.put(RoutingEntity.PERSON_KEY, personKey);
        row.put(RoutingEntity.ROUND, round);
        row.put(RoutingEntity.ASKED_AT, Date.from(askedAt));
        row.put(RoutingEntity.ROUTING_KEY, questionId + ":" + personKey);
        ao.create(RoutingEntity.class, row);
    }

    /**
     * @return how many questions each of these people was routed since {@code since}, counted by the database (one
     *         grouped statement per 500 people: a row per person, not per routing); people with none are left out
     */
    public Map<String, Integer> countSince(Collection<String> personKeys, Instant since) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> keys = personKeys.stream().distinct().toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            counts.putAll(sql.createExecutor().execute(connection -> {
                try {
                    String quote = connection.getMetaData().getIdentifierQuoteString().trim();
                    String person = quote + RoutingEntity.PERSON_KEY + quote;
                    try (PreparedStatement select = connection.prepareStatement("SELECT " + person + ", COUNT(*) FROM "
                            + quote + ROUTING_TABLE + quote + " WHERE " + person + " IN (" + placeholders(slice.size())
                            + ") AND " + quote + RoutingEntity.ASKED_AT + quote + " >= ? GROUP BY " + person)) {
                        for (int i = 0; i < slice.size(); i++) {
                            select.setString(i + 1, slice.get(i));
                        }
                        select.setTimestamp(slice.size() + 1, Timestamp.from(since));
                        Map<String, Integer> found = new HashMap<>();
                        try (ResultSet row = select.executeQuery()) {
                            while (row.next()) {
                                found.put(row.getString(1), row.getInt(2));
                            }
                        }
                        return found;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not count routings", e);
                }
            }));
        }
        return counts;
    }

    /**
     * Marks the person's routing for the question declined at {@code at}, unless it already was.
     *
     * @return false when the question was not routed to them or they had declined already
     */
    public boolean markDeclined(long questionId, String personKey, Instant at) {
        RoutingEntity[] found = ao.find(RoutingEntity.class, Query.select()
                .where(RoutingEntity.ROUTING_KEY + " = ?", questionId + ":" + personKey));
        if (found.length == 0 || found[0].getDeclinedAt() != null) {
            return false;
        }
        found[0].setDeclinedAt(Date.from(at));
        found[0].save();
        return true;
    }

    /** Counts one more decline of the person in the topic. Call inside a transaction that retries on conflict. */
    public void addDecline(String personKey, String topic) {
        String key = topic + "|" + personKey;
        RoutingDeclineEntity[] found = ao.find(RoutingDeclineEntity.class, Query.select()
                .where(RoutingDeclineEntity.DECLINE_KEY + " = ?", key));
        if (found.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(RoutingDeclineEntity.PERSON_KEY, personKey);
            row.put(RoutingDeclineEntity.TOPIC, topic);
            row.put(RoutingDeclineEntity.DECLINES, 1);
            row.put(RoutingDeclineEntity.DECLINE_KEY, key);
            ao.create(RoutingDeclineEntity.class, row);
        } else {
            found[0].setDeclines(found[0].getDeclines() + 1);
            found[0].save();
        }
    }

    /** @return per person, per topic (of these), how often they declined; absent means never (one statement per 500) */
    public Map<String, Map<String, Integer>> declines(Collection<String> personKeys, Collection<String> topics) {
        Map<String, Map<String, Integer>> declines = new HashMap<>();
        if (topics.isEmpty()) {
            return declines;
        }
        List<String> keys = personKeys.stream().distinct().toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            Object[] parameters = new Object[slice.size() + topics.size()];
            int i = 0;
            for (String key : slice) {
                parameters[i++] = key;
            }
            for (String topic : topics) {
                parameters[i++] = topic;
            }
            for (RoutingDeclineEntity row : ao.find(RoutingDeclineEntity.class, Query.select().where(
                    RoutingDeclineEntity.PERSON_KEY + " IN (" + placeholders(slice.size()) + ") AND "
                            + RoutingDeclineEntity.TOPIC + " IN (" + placeholders(topics.size()) + ")", parameters))) {
                declines.computeIfAbsent(row.getPersonKey(), key -> new HashMap<>())
                        .put(row.getTopic(), row.getDeclines());
            }
        }
        return declines;
    }

    /**
     * @return the questions with a routing round below {@code maxRound} whose latest round was asked between
     *         {@code notBefore} and {@code askedBefore}, with their latest round (one statement)
     */
    public Map<Long, Integer> findEscalationCandidates(Instant notBefore, Instant askedBefore, int maxRound) {
        Map<Long, List<RoutingEntity>> byQuestion = Arrays.stream(ao.find(RoutingEntity.class, Query.select()
                        .where(RoutingEntity.ASKED_AT + " >= ?", Date.from(notBefore))))
                .collect(Collectors.groupingBy(row -> (long) row.getQuestionId()));
        Map<Long, Integer> due = new HashMap<>();
        byQuestion.forEach((questionId, rows) -> {
            RoutingEntity latest = rows.stream().max(Comparator.comparingInt(RoutingEntity::getRoutingRound)
                    .thenComparing(RoutingEntity::getAskedAt)).orElseThrow();
            if (latest.getRoutingRound() < maxRound && latest.getAskedAt().toInstant().isBefore(askedBefore)) {
                due.put(questionId, latest.getRoutingRound());
            }
        });
        return due;
    }

    /**
     * @return the questions routed to the person at or after {@code since} that they did not decline, newest first, at
     *         most {@code limit} (digests)
     */
    public List<Long> routedTo(String personKey, Instant since, int limit) {
        return Arrays.stream(ao.find(RoutingEntity.class, Query.select()
                        .where(RoutingEntity.PERSON_KEY + " = ? AND " + RoutingEntity.ASKED_AT + " >= ? AND "
                                + RoutingEntity.DECLINED_AT + " IS NULL", personKey, Date.from(since))
                        .order(RoutingEntity.ASKED_AT + " DESC").limit(limit)))
                .map(row -> (long) row.getQuestionId()).toList();
    }

    /** @return the settings, {@link RoutingSettings#DEFAULTS} until an administrator saved some */
    public RoutingSettings settings() {
        return findSettings().map(row -> new RoutingSettings(row.getWeeklyCap(), row.getEscalationHours()))
                .orElse(RoutingSettings.DEFAULTS);
    }

    /** Replaces the settings. Call inside a transaction that retries on conflict (two first saves both insert). */
    public void saveSettings(RoutingSettings settings) {
        Optional<RoutingSettingsEntity> found = findSettings();
        if (found.isEmpty()) {
            Map<String, Object> row = new HashMap<>();
            row.put(RoutingSettingsEntity.SETTINGS_KEY, SETTINGS_KEY);
            row.put(RoutingSettingsEntity.WEEKLY_CAP, settings.weeklyCap());
            row.put(RoutingSettingsEntity.ESCALATION_HOURS, settings.escalationHours());
            ao.create(RoutingSettingsEntity.class, row);
        } else {
            found.get().setWeeklyCap(settings.weeklyCap());
            found.get().setEscalationHours(settings.escalationHours());
            found.get().save();
        }
    }

    private Optional<RoutingSettingsEntity> findSettings() {
        return Arrays.stream(ao.find(RoutingSettingsEntity.class, Query.select()
                .where(RoutingSettingsEntity.SETTINGS_KEY + " = ?", SETTINGS_KEY))).findFirst();
    }

    private static RoutedPerson toRouted(RoutingEntity row) {
        return new RoutedPerson(row.getQuestionId(), row.getPersonKey(), row.getRoutingRound(),
                row.getAskedAt().toInstant(),
                row.getDeclinedAt() == null ? null : row.getDeclinedAt().toInstant());
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
