package org.guildhall.activity.digest.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.activity.digest.DigestFrequency;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The only code that reads and writes digest preferences, digest runs (the per-person, per-period claims that make
 * sending exactly-once across a cluster) and the app's secrets.
 */
@Component
public class DigestDao {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ActiveObjects ao;

    public DigestDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** A person who wants digests, with the row id that batches are paged by. */
    public record Subscriber(long id, String userKey) {
    }

    /** A digest this node claimed and must now send (or give back): it covers activity after {@code since}. */
    public record Claim(long id, String userKey, String period, Instant claimedAt) {
    }

    /** @return the person's frequency; {@link DigestFrequency#OFF} when they never chose */
    public DigestFrequency frequency(String userKey) {
        return findPreference(userKey).flatMap(row -> DigestFrequency.parse(row.getFrequency()))
                .orElse(DigestFrequency.OFF);
    }

    /** Saves the person's frequency. Call inside a transaction that retries on conflict (two first saves). */
    public void saveFrequency(String userKey, DigestFrequency frequency, Instant now) {
        Optional<DigestPreferenceEntity> found = findPreference(userKey);
        if (found.isPresent()) {
            found.get().setFrequency(frequency.id());
            found.get().setUpdatedAt(Date.from(now));
            found.get().save();
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(DigestPreferenceEntity.USER_KEY, userKey);
        row.put(DigestPreferenceEntity.FREQUENCY, frequency.id());
        row.put(DigestPreferenceEntity.UPDATED_AT, Date.from(now));
        ao.create(DigestPreferenceEntity.class, row);
    }

    /** @return up to {@code limit} people with that frequency whose row id is above {@code afterId}, by id */
    public List<Subscriber> subscribers(DigestFrequency frequency, long afterId, int limit) {
        return Arrays.stream(ao.find(DigestPreferenceEntity.class, Query.select(DigestPreferenceEntity.ID + ", "
                                + DigestPreferenceEntity.USER_KEY)
                        .where(DigestPreferenceEntity.FREQUENCY + " = ? AND " + DigestPreferenceEntity.ID + " > ?",
                                frequency.id(), (int) afterId)
                        .order(DigestPreferenceEntity.ID + " ASC").limit(limit)))
                .map(row -> new Subscriber(row.getID(), row.getUserKey())).toList();
    }

    /**
     * @return those of the people whose digest for the period is done, or claimed at or after {@code staleBefore} (being
     *         sent); a claim older than that and never finished is not among them, so that it is taken over
     */
    public Set<String> claimed(String period, Collection<String> userKeys, Instant staleBefore) {
        Set<String> claimed = new HashSet<>();
        if (userKeys.isEmpty()) {
            return claimed;
        }
        Object[] keys = userKeys.stream().map(userKey -> runKey(period, userKey)).toArray();
        Object[] parameters = Arrays.copyOf(keys, keys.length + 1);
        parameters[keys.length] = Date.from(staleBefore);
        for (DigestRunEntity row : ao.find(DigestRunEntity.class, Query.select(DigestRunEntity.ID + ", "
                + DigestRunEntity.USER_KEY).where(DigestRunEntity.RUN_KEY + " IN ("
                + String.join(", ", Collections.nCopies(keys.length, "?")) + ") AND (" + DigestRunEntity.FINISHED_AT
                + " IS NOT NULL OR " + DigestRunEntity.CLAIMED_AT + " >= ?)", parameters))) {
            claimed.add(row.getUserKey());
        }
        return claimed;
    }

    /**
     * Claims the person's digest for the period: inserts its run row, or takes over a claim that was never finished
     * and is older than {@code staleBefore} (its node died). Call inside a transaction that retries on conflict: when
     * another node inserted the row first, the retry sees it and returns empty.
     *
     * @return the claim when this caller is now the one to send it; empty when it is sent, empty or being sent
     */
    public Optional<Claim> claim(String userKey, String period, Instant now, Instant staleBefore) {
        String key = runKey(period, userKey);
        if (ao.count(DigestRunEntity.class, Query.select().where(DigestRunEntity.RUN_KEY + " = ?", key)) > 0) {
            // Only one node's delete finds the stale row; the others wait for its lock, then find nothing.
            int takenOver = ao.deleteWithSQL(DigestRunEntity.class, DigestRunEntity.RUN_KEY + " = ? AND "
                    + DigestRunEntity.FINISHED_AT + " IS NULL AND " + DigestRunEntity.CLAIMED_AT + " < ?", key,
                    Date.from(staleBefore));
            if (takenOver == 0) {
                return Optional.empty();
            }
        }
        Map<String, Object> row = new HashMap<>();
        row.put(DigestRunEntity.RUN_KEY, key);
        row.put(DigestRunEntity.USER_KEY, userKey);
        row.put(DigestRunEntity.PERIOD, period);
        row.put(DigestRunEntity.CLAIMED_AT, Date.from(now));
        row.put(DigestRunEntity.MAILED, Boolean.FALSE);
        DigestRunEntity created = ao.create(DigestRunEntity.class, row);
        return Optional.of(new Claim(created.getID(), userKey, period, now));
    }

    /** Marks a claimed digest done: mailed, or nothing to send. */
    public void finish(Claim claim, boolean mailed, Instant now) {
        DigestRunEntity row = ao.get(DigestRunEntity.class, (int) claim.id());
        if (row != null) {
            row.setFinishedAt(Date.from(now));
            row.setMailed(mailed);
            row.save();
        }
    }

    /** Gives a claim back (sending failed before the mail was queued), so that the next run sends it. */
    public void release(Claim claim) {
        ao.deleteWithSQL(DigestRunEntity.class, DigestRunEntity.ID + " = ? AND " + DigestRunEntity.FINISHED_AT
                + " IS NULL", (int) claim.id());
    }

    /** @return when the person's last finished digest was claimed: the next one covers what happened since */
    public Optional<Instant> lastDigest(String userKey) {
        DigestRunEntity[] rows = ao.find(DigestRunEntity.class, Query.select(DigestRunEntity.ID + ", "
                        + DigestRunEntity.CLAIMED_AT)
                .where(DigestRunEntity.USER_KEY + " = ? AND " + DigestRunEntity.FINISHED_AT + " IS NOT NULL",
                        userKey)
                .order(DigestRunEntity.CLAIMED_AT + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getClaimedAt().toInstant());
    }

    /** @return how many digests were mailed to the person in all (tests) */
    public int mailedCount(String userKey) {
        return ao.count(DigestRunEntity.class, Query.select().where(DigestRunEntity.USER_KEY + " = ? AND "
                + DigestRunEntity.MAILED + " = ?", userKey, Boolean.TRUE));
    }

    /**
     * @return the secret with that name, made (32 random bytes) and stored the first time. Call inside a transaction
     *         that retries on conflict: when two nodes make it at once, the retry reads the one that was kept.
     */
    public byte[] secret(String name) {
        GuildhallSecretEntity[] found = ao.find(GuildhallSecretEntity.class, Query.select()
                .where(GuildhallSecretEntity.NAME + " = ?", name));
        if (found.length > 0) {
            return Base64.getDecoder().decode(found[0].getSecret());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Map<String, Object> row = new HashMap<>();
        row.put(GuildhallSecretEntity.NAME, name);
        row.put(GuildhallSecretEntity.SECRET, Base64.getEncoder().encodeToString(secret));
        ao.create(GuildhallSecretEntity.class, row);
        return secret;
    }

    private Optional<DigestPreferenceEntity> findPreference(String userKey) {
        DigestPreferenceEntity[] found = ao.find(DigestPreferenceEntity.class, Query.select()
                .where(DigestPreferenceEntity.USER_KEY + " = ?", userKey));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    static String runKey(String period, String userKey) {
        return period + "|" + userKey;
    }
}
