package org.guildhall.analytics.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.analytics.SpotlightRecipient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The only code that reads and writes the spotlight's recipients and its runs (the per-community, per-week claims that
 * make sending exactly-once across a cluster).
 */
@Component
public class SpotlightDao {

    private final ActiveObjects ao;

    public SpotlightDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** A spotlight this node claimed and must now send (or give back). */
    public record Claim(long id, long communityId, String period, Instant claimedAt) {
    }

    /** @return the community's recipients: people first, then groups, each by name */
    public List<SpotlightRecipient> recipients(long communityId) {
        return Arrays.stream(ao.find(SpotlightRecipientEntity.class, Query.select(SpotlightRecipientEntity.ID + ", "
                        + SpotlightRecipientEntity.KIND + ", " + SpotlightRecipientEntity.NAME)
                        .where(SpotlightRecipientEntity.COMMUNITY_ID + " = ?", (int) communityId)))
                .map(row -> new SpotlightRecipient(SpotlightRecipient.Kind.parse(row.getKind()), row.getName()))
                .sorted().toList();
    }

    /**
     * Replaces the community's recipients. Call inside a transaction that retries on conflict: two saves at once
     * collide on {@code RECIPIENT_KEY}, and the retry writes the later one whole.
     */
    public void replaceRecipients(long communityId, List<SpotlightRecipient> recipients) {
        ao.deleteWithSQL(SpotlightRecipientEntity.class, SpotlightRecipientEntity.COMMUNITY_ID + " = ?",
                (int) communityId);
        for (SpotlightRecipient recipient : new TreeSet<>(recipients)) {
            Map<String, Object> row = new HashMap<>();
            row.put(SpotlightRecipientEntity.RECIPIENT_KEY, communityId + "|" + recipient.kind().id() + "|"
                    + recipient.name());
            row.put(SpotlightRecipientEntity.COMMUNITY_ID, (int) communityId);
            row.put(SpotlightRecipientEntity.KIND, recipient.kind().id());
            row.put(SpotlightRecipientEntity.NAME, recipient.name());
            ao.create(SpotlightRecipientEntity.class, row);
        }
    }

    /** @return the ids of the communities that named at least one recipient, ascending */
    public List<Long> communitiesWithRecipients() {
        return Arrays.stream(ao.find(SpotlightRecipientEntity.class, Query.select(SpotlightRecipientEntity.ID + ", "
                        + SpotlightRecipientEntity.COMMUNITY_ID)))
                .map(row -> (long) row.getCommunityId()).distinct().sorted().toList();
    }

    /**
     * Claims the community's spotlight for the week: inserts its run row, or takes over a claim that was never
     * finished and is older than {@code staleBefore}. Call inside a transaction that retries on conflict: when another
     * node inserted the row first, the retry sees it and returns empty.
     *
     * @return the claim when this caller is now the one to send it; empty when it is sent or being sent
     */
    public Optional<Claim> claim(long communityId, String period, Instant now, Instant staleBefore) {
        String key = communityId + "|" + period;
        if (ao.count(SpotlightRunEntity.class, Query.select().where(SpotlightRunEntity.RUN_KEY + " = ?", key)) > 0) {
            // only one node's delete finds the stale row; the others wait for its lock, then find nothing
            int takenOver = ao.deleteWithSQL(SpotlightRunEntity.class, SpotlightRunEntity.RUN_KEY + " = ? AND "
                    + SpotlightRunEntity.FINISHED_AT + " IS NULL AND " + SpotlightRunEntity.CLAIMED_AT + " < ?", key,
                    Date.from(staleBefore));
            if (takenOver == 0) {
                return Optional.empty();
            }
        }
        Map<String, Object> row = new HashMap<>();
        row.put(SpotlightRunEntity.RUN_KEY, key);
        row.put(SpotlightRunEntity.COMMUNITY_ID, (int) communityId);
        row.put(SpotlightRunEntity.PERIOD, period);
        row.put(SpotlightRunEntity.CLAIMED_AT, Date.from(now));
        row.put(SpotlightRunEntity.MAILED, 0);
        SpotlightRunEntity created = ao.create(SpotlightRunEntity.class, row);
        return Optional.of(new Claim(created.getID(), communityId, period, now));
    }

    /** Marks a claimed spotlight sent to {@code mailed} recipients. */
    public void finish(Claim claim, int mailed, Instant now) {
        SpotlightRunEntity row = ao.get(SpotlightRunEntity.class, (int) claim.id());
        if (row != null) {
            row.setFinishedAt(Date.from(now));
            row.setMailed(mailed);
            row.save();
        }
    }

    /** Gives a claim back (nothing went out), so that a later run sends it. */
    public void release(Claim claim) {
        ao.deleteWithSQL(SpotlightRunEntity.class, SpotlightRunEntity.ID + " = ? AND "
                + SpotlightRunEntity.FINISHED_AT + " IS NULL", (int) claim.id());
    }

    /** @return when the community's last finished spotlight was claimed: the next one covers what was posted since */
    public Optional<Instant> lastSpotlight(long communityId) {
        SpotlightRunEntity[] rows = ao.find(SpotlightRunEntity.class, Query.select(SpotlightRunEntity.ID + ", "
                        + SpotlightRunEntity.CLAIMED_AT)
                .where(SpotlightRunEntity.COMMUNITY_ID + " = ? AND " + SpotlightRunEntity.FINISHED_AT
                        + " IS NOT NULL", (int) communityId)
                .order(SpotlightRunEntity.CLAIMED_AT + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getClaimedAt().toInstant());
    }
}
