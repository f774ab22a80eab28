package org.guildhall.expertise.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.expertise.Endorsement;
import org.guildhall.expertise.EvidenceKind;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.guildhall.expertise.ao.EvidenceDao.placeholders;

/** The only code that reads and writes endorsements. */
@Component
public class EndorsementDao {

    private final ActiveObjects ao;

    public EndorsementDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Stores the endorsement, or renews (and re-points) the endorser's existing one for that person and topic. Call
     * inside a transaction that retries on conflict ({@code ENDORSEMENT_KEY} is unique).
     */
    public Endorsement save(String personKey, String endorserKey, String topic, EvidenceKind kind, long evidenceId,
                            long communityId, Instant now) {
        String key = topic + "|" + personKey + "|" + endorserKey;
        EndorsementEntity[] found = ao.find(EndorsementEntity.class,
                Query.select().where(EndorsementEntity.ENDORSEMENT_KEY + " = ?", key));
        EndorsementEntity entity;
        if (found.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(EndorsementEntity.PERSON_KEY, personKey);
            row.put(EndorsementEntity.ENDORSER_KEY, endorserKey);
            row.put(EndorsementEntity.TOPIC, topic);
            row.put(EndorsementEntity.EVIDENCE_KIND, kind.id());
            row.put(EndorsementEntity.EVIDENCE_ID, evidenceId);
            row.put(EndorsementEntity.COMMUNITY_ID, (int) communityId);
            row.put(EndorsementEntity.ENDORSED_AT, Date.from(now));
            row.put(EndorsementEntity.ENDORSEMENT_KEY, key);
            entity = ao.create(EndorsementEntity.class, row);
        } else {
            entity = found[0];
            entity.setEvidenceKind(kind.id());
            entity.setEvidenceId(evidenceId);
            entity.setCommunityId((int) communityId);
            entity.setEndorsedAt(Date.from(now));
            entity.save();
        }
        return toRecord(entity);
    }

    public Optional<Endorsement> find(long id) {
        return Arrays.stream(ao.find(EndorsementEntity.class, Query.select().where(EndorsementEntity.ID + " = ?",
                (int) id))).findFirst().map(EndorsementDao::toRecord);
    }

    public void delete(long id) {
        ao.deleteWithSQL(EndorsementEntity.class, EndorsementEntity.ID + " = ?", (int) id);
    }

    /**
     * @return the endorsements of these people whose evidence lies in these communities, newest first (one statement
     *         per 500 people, by {@code en_person_topic}). The communities are filtered here, not in the statement: a
     *         reader may see thousands of them, and a person has far fewer endorsements than that.
     */
    public List<Endorsement> findFor(Collection<String> personKeys, Collection<Long> communityIds) {
        if (personKeys.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = communityIds instanceof Set<Long> set ? set : new HashSet<>(communityIds);
        List<Endorsement> all = new ArrayList<>();
        List<String> keys = personKeys.stream().distinct().toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            Arrays.stream(ao.find(EndorsementEntity.class, Query.select().where(EndorsementEntity.PERSON_KEY + " IN ("
                                    + placeholders(slice.size()) + ")", slice.toArray())
                            .order(EndorsementEntity.ENDORSED_AT + " DESC, " + EndorsementEntity.ID + " DESC")))
                    .map(EndorsementDao::toRecord).filter(endorsement -> wanted.contains(endorsement.communityId()))
                    .forEach(all::add);
        }
        return all;
    }

    private static Endorsement toRecord(EndorsementEntity entity) {
        return new Endorsement(entity.getID(), entity.getPersonKey(), entity.getEndorserKey(), entity.getTopic(),
                EvidenceKind.parse(entity.getEvidenceKind()).orElseThrow(), entity.getEvidenceId(),
                entity.getCommunityId(), entity.getEndorsedAt().toInstant());
    }
}
