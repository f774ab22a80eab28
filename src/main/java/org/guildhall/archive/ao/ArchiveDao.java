package org.guildhall.archive.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.guildhall.activity.ao.ActivityEntity;
import org.guildhall.activity.ao.ActivityTopicEntity;
import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.community.ao.CommunityTopicEntity;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.expertise.ao.EndorsementEntity;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.ExternalPersonEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.qa.ao.RevisionEntity;
import org.guildhall.qa.ao.TopicEntity;
import org.guildhall.qa.ao.VoteEntity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The only code that reads a community's rows for its archive and writes the rows of an imported archive. Reads
 * come a bounded page at a time in an order that does not depend on site-local ids (creation time, then stable
 * key), so the same community gives the same archive on every site. Writes insert only rows whose stable key is
 * new ({@code SOURCE_KEY}, {@code VOTE_KEY}, {@code REVISION_KEY}, {@code PAIR_KEY}, {@code ENDORSEMENT_KEY}): the
 * importer holds the community's cluster lock and one transaction, and the unique constraints back that up.
 */
@Component
public class ArchiveDao {

    static final int IN_LIST_SIZE = 500;

    private final ActiveObjects ao;

    public ArchiveDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // ------------------------------------------------------------------ value rows

    /** A person as stored on a row: a Confluence user key, or an external person's id (one of the two). */
    public record PersonRef(String userKey, Integer externalId) {

        public static Optional<PersonRef> of(String userKey, Integer externalId) {
            return userKey == null && externalId == null ? Optional.empty()
                    : Optional.of(new PersonRef(userKey, externalId));
        }
    }

    public record ExternalPersonRow(int id, String sourceKey, String displayName, String profileUrl, String site) {
    }

    public record MemberRow(String userKey, String role, String state, String actorKey, String message,
                            Instant createdAt, Instant updatedAt) {
    }

    public record QuestionRow(int id, String key, String sourceUrl, Optional<PersonRef> author, String title,
                              String body, int score, int answerCount, Integer acceptedAnswerId, String listState,
                              String closeReason, Integer duplicateOfId, String closedBy, Instant closedAt,
                              boolean deleted, String deletedBy, Instant deletedAt, int revision, Instant createdAt,
                              Instant lastActivityAt, List<String> topics) {
    }

    public record AnswerRow(int id, int questionId, String key, String sourceUrl, Optional<PersonRef> author,
                            String body, int score, boolean accepted, String acceptedBy, Instant acceptedAt,
                            boolean deleted, String deletedBy, Instant deletedAt, int revision, Instant createdAt) {
    }

    public record CommentRow(String postType, int postId, int questionId, String key, Optional<PersonRef> author,
                             String body, boolean deleted, Instant createdAt) {
    }

    public record RevisionRow(String postType, int postId, int number, String title, String body, String topics,
                              Optional<PersonRef> editor, Instant createdAt) {
    }

    public record VoteRow(String postType, int postId, String voterKey, int value, Instant createdAt,
                          Instant updatedAt) {
    }

    public record EndorsementRow(String personKey, String endorserKey, String topic, String evidenceKind,
                                 long evidenceId, Instant endorsedAt) {
    }

    /** An activity entry as stored; ids are this site's. */
    public record ActivityRow(int id, String kind, String actorKey, String targetType, String targetId,
                              Long questionId, String title, String excerpt, String url, Instant occurredAt,
                              String groupKey, List<String> topics) {
    }

    /** Where a page of questions ends: the next page starts after it. */
    public record QuestionPosition(Instant createdAt, String key) {
    }

    // ------------------------------------------------------------------ reading

    /** @return the names of every topic the community lists or its questions carry, in name order */
    public Set<String> topicNames(int communityId) {
        Set<String> names = new TreeSet<>();
        for (CommunityTopicEntity topic : ao.find(CommunityTopicEntity.class,
                Query.select().where(CommunityTopicEntity.COMMUNITY_ID + " = ?", communityId))) {
            names.add(topic.getTopic());
        }
        // streamed: a large community has many question-topic rows, of which only the distinct names are kept
        ao.stream(QuestionTopicEntity.class, Query.select(QuestionTopicEntity.ID + ", " + QuestionTopicEntity.TOPIC)
                .where(QuestionTopicEntity.COMMUNITY_ID + " = ?", communityId), row -> names.add(row.getTopic()));
        return names;
    }

    /** @return the topics' descriptions (null when they have none), by name */
    public Map<String, String> topicDescriptions(Collection<String> names) {
        Map<String, String> descriptions = new HashMap<>();
        for (List<String> slice : slices(List.copyOf(names))) {
            for (TopicEntity topic : ao.find(TopicEntity.class, Query.select()
                    .where(TopicEntity.NAME + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                descriptions.put(topic.getName(), topic.getDescription());
            }
        }
        return descriptions;
    }

    /** @return up to {@code limit} memberships of the community whose user key sorts after {@code afterUserKey} */
    public List<MemberRow> members(int communityId, String afterUserKey, int limit) {
        List<MemberRow> rows = new ArrayList<>();
        for (MembershipEntity entity : ao.find(MembershipEntity.class, Query.select()
                .where(MembershipEntity.COMMUNITY_ID + " = ? AND " + MembershipEntity.USER_KEY + " > ?",
                        communityId, afterUserKey)
                .order(MembershipEntity.USER_KEY + " ASC").limit(limit))) {
            rows.add(new MemberRow(entity.getUserKey(), entity.getMemberRole(), entity.getMemberState(),
                    entity.getActorKey(), entity.getMessage(), instant(entity.getCreatedAt()),
                    instant(entity.getUpdatedAt())));
        }
        return rows;
    }

    /** @return up to {@code limit} questions of the community after {@code after}, oldest first, with their topics */
    public List<QuestionRow> questions(int communityId, Optional<QuestionPosition> after, int limit) {
        Query query = Query.select();
        if (after.isPresent()) {
            Date at = Date.from(after.get().createdAt());
            query.where(QuestionEntity.COMMUNITY_ID + " = ? AND (" + QuestionEntity.CREATED_AT + " > ? OR ("
                            + QuestionEntity.CREATED_AT + " = ? AND " + QuestionEntity.SOURCE_KEY + " > ?))",
                    communityId, at, at, after.get().key());
        } else {
            query.where(QuestionEntity.COMMUNITY_ID + " = ?", communityId);
        }
        QuestionEntity[] found = ao.find(QuestionEntity.class, query
                .order(QuestionEntity.CREATED_AT + " ASC, " + QuestionEntity.SOURCE_KEY + " ASC").limit(limit));
        Map<Integer, List<String>> topics = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        for (QuestionEntity entity : found) {
            ids.add(entity.getID());
        }
        for (List<Integer> slice : slices(ids)) {
            for (QuestionTopicEntity topic : ao.find(QuestionTopicEntity.class, Query.select()
                    .where(QuestionTopicEntity.QUESTION_ID + " IN (" + placeholders(slice.size()) + ")",
                            slice.toArray()))) {
                topics.computeIfAbsent(topic.getQuestionId(), ignored -> new ArrayList<>()).add(topic.getTopic());
            }
        }
        List<QuestionRow> rows = new ArrayList<>();
        for (QuestionEntity q : found) {
            List<String> sorted = new ArrayList<>(topics.getOrDefault(q.getID(), List.of()));
            Collections.sort(sorted);
            rows.add(new QuestionRow(q.getID(), q.getSourceKey(), q.getSourceUrl(),
                    PersonRef.of(q.getAuthorKey(), q.getExternalAuthorId()), q.getTitle(), q.getBodyText(),
                    q.getScore(), q.getAnswerCount(), q.getAcceptedAnswerId(), q.getListState(), q.getCloseReason(),
                    q.getDuplicateOfId(), q.getClosedBy(), instant(q.getClosedAt()), q.isDeleted(), q.getDeletedBy(),
                    instant(q.getDeletedAt()), q.getRevision(), instant(q.getCreatedAt()),
                    instant(q.getLastActivityAt()), sorted));
        }
        return rows;
    }

    /** @return the stable keys of these questions (e.g. originals of duplicates), by id */
    public Map<Integer, String> questionKeys(Collection<Integer> ids) {
        return keysOf(QuestionEntity.class, ids, QuestionEntity::getSourceKey);
    }

    /** @return the answers of these questions, oldest first (then by key) */
    public List<AnswerRow> answers(Collection<Integer> questionIds) {
        List<AnswerRow> rows = new ArrayList<>();
        for (List<Integer> slice : slices(List.copyOf(questionIds))) {
            for (AnswerEntity a : ao.find(AnswerEntity.class, Query.select()
                    .where(AnswerEntity.QUESTION_ID + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                rows.add(new AnswerRow(a.getID(), a.getQuestionId(), a.getSourceKey(), a.getSourceUrl(),
                        PersonRef.of(a.getAuthorKey(), a.getExternalAuthorId()), a.getBodyText(), a.getScore(),
                        a.getAcceptedFor() != null, a.getAcceptedBy(), instant(a.getAcceptedAt()), a.isDeleted(),
                        a.getDeletedBy(), instant(a.getDeletedAt()), a.getRevision(), instant(a.getCreatedAt())));
            }
        }
        rows.sort((x, y) -> x.createdAt().equals(y.createdAt()) ? x.key().compareTo(y.key())
                : x.createdAt().compareTo(y.createdAt()));
        return rows;
    }

    /** @return the comments on these questions and their answers, oldest first (then by key) */
    public List<CommentRow> comments(Collection<Integer> questionIds) {
        List<CommentRow> rows = new ArrayList<>();
        for (List<Integer> slice : slices(List.copyOf(questionIds))) {
            for (CommentEntity c : ao.find(CommentEntity.class, Query.select()
                    .where(CommentEntity.QUESTION_ID + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                rows.add(new CommentRow(c.getPostType(), c.getPostId(), c.getQuestionId(), c.getSourceKey(),
                        PersonRef.of(c.getAuthorKey(), c.getExternalAuthorId()), c.getBodyText(), c.isDeleted(),
                        instant(c.getCreatedAt())));
            }
        }
        rows.sort((x, y) -> x.createdAt().equals(y.createdAt()) ? x.key().compareTo(y.key())
                : x.createdAt().compareTo(y.createdAt()));
        return rows;
    }

    /** @return the revisions of these posts ({@code question} or {@code answer}), by number */
    public List<RevisionRow> revisions(String postType, Collection<Integer> postIds) {
        List<RevisionRow> rows = new ArrayList<>();
        for (List<Integer> slice : slices(List.copyOf(postIds))) {
            for (RevisionEntity r : ao.find(RevisionEntity.class, Query.select()
                    .where(RevisionEntity.POST_TYPE + " = ? AND " + RevisionEntity.POST_ID + " IN ("
                            + placeholders(slice.size()) + ")", with(postType, slice)))) {
                rows.add(new RevisionRow(r.getPostType(), r.getPostId(), r.getRevisionNumber(), r.getTitle(),
                        r.getBodyText(), r.getTopics(), PersonRef.of(r.getEditorKey(), r.getExternalEditorId()),
                        instant(r.getCreatedAt())));
            }
        }
        rows.sort((x, y) -> Integer.compare(x.number(), y.number()));
        return rows;
    }

    /** @return the votes on these posts, by voter key */
    public List<VoteRow> votes(String postType, Collection<Integer> postIds) {
        List<VoteRow> rows = new ArrayList<>();
        for (List<Integer> slice : slices(List.copyOf(postIds))) {
            for (VoteEntity v : ao.find(VoteEntity.class, Query.select()
                    .where(VoteEntity.POST_TYPE + " = ? AND " + VoteEntity.POST_ID + " IN ("
                            + placeholders(slice.size()) + ")", with(postType, slice)))) {
                rows.add(new VoteRow(v.getPostType(), v.getPostId(), v.getVoterKey(), v.getVoteValue(),
                        instant(v.getCreatedAt()), instant(v.getUpdatedAt())));
            }
        }
        rows.sort((x, y) -> x.voterKey().compareTo(y.voterKey()));
        return rows;
    }

    /** @return the external people with these ids, by id */
    public Map<Integer, ExternalPersonRow> externalPeople(Collection<Integer> ids) {
        Map<Integer, ExternalPersonRow> people = new HashMap<>();
        for (List<Integer> slice : slices(List.copyOf(ids))) {
            for (ExternalPersonEntity p : ao.find(ExternalPersonEntity.class, Query.select()
                    .where(ExternalPersonEntity.ID + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                people.put(p.getID(), new ExternalPersonRow(p.getID(), p.getSourceKey(), p.getDisplayName(),
                        p.getProfileUrl(), p.getSite()));
            }
        }
        return people;
    }

    /** @return up to {@code limit} endorsements of answers in the community, after the given key */
    public List<EndorsementRow> endorsements(int communityId, String afterKey, int limit) {
        List<EndorsementRow> rows = new ArrayList<>();
        for (EndorsementEntity e : ao.find(EndorsementEntity.class, Query.select()
                .where(EndorsementEntity.COMMUNITY_ID + " = ? AND " + EndorsementEntity.ENDORSEMENT_KEY + " > ?",
                        communityId, afterKey)
                .order(EndorsementEntity.ENDORSEMENT_KEY + " ASC").limit(limit))) {
            rows.add(new EndorsementRow(e.getPersonKey(), e.getEndorserKey(), e.getTopic(), e.getEvidenceKind(),
                    e.getEvidenceId(), instant(e.getEndorsedAt())));
        }
        return rows;
    }

    /** @return the stable keys of these answers, by id */
    public Map<Integer, String> answerKeys(Collection<Integer> ids) {
        return keysOf(AnswerEntity.class, ids, AnswerEntity::getSourceKey);
    }

    /**
     * @return up to {@code limit} activity entries of the community about its questions and members (not Confluence
     *         pages), oldest first, after the entry with id {@code afterId} that happened at {@code afterTime}
     */
    public List<ActivityRow> activity(int communityId, Instant afterTime, int afterId, int limit) {
        Date at = Date.from(afterTime);
        ActivityEntity[] found = ao.find(ActivityEntity.class, Query.select()
                .where(ActivityEntity.COMMUNITY_ID + " = ? AND " + ActivityEntity.TARGET_TYPE
                                + " IN ('question', 'answer', 'comment', 'person') AND (" + ActivityEntity.OCCURRED_AT
                                + " > ? OR (" + ActivityEntity.OCCURRED_AT + " = ? AND " + ActivityEntity.ID + " > ?))",
                        communityId, at, at, afterId)
                .order(ActivityEntity.OCCURRED_AT + " ASC, " + ActivityEntity.ID + " ASC").limit(limit));
        Map<Integer, List<String>> topics = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        for (ActivityEntity entity : found) {
            ids.add(entity.getID());
        }
        for (List<Integer> slice : slices(ids)) {
            for (ActivityTopicEntity topic : ao.find(ActivityTopicEntity.class, Query.select()
                    .where(ActivityTopicEntity.ACTIVITY_ID + " IN (" + placeholders(slice.size()) + ")",
                            slice.toArray()))) {
                topics.computeIfAbsent(topic.getActivityId(), ignored -> new ArrayList<>()).add(topic.getTopic());
            }
        }
        List<ActivityRow> rows = new ArrayList<>();
        for (ActivityEntity e : found) {
            List<String> sorted = new ArrayList<>(topics.getOrDefault(e.getID(), List.of()));
            Collections.sort(sorted);
            rows.add(new ActivityRow(e.getID(), e.getKind(), e.getActorKey(), e.getTargetType(), e.getTargetId(),
                    e.getQuestionId(), e.getTitle(), e.getExcerpt(), e.getUrl(), instant(e.getOccurredAt()),
                    e.getGroupKey(), sorted));
        }
        return rows;
    }

    /** @return the stable keys of these comments, by id */
    public Map<Integer, String> commentKeys(Collection<Integer> ids) {
        return keysOf(CommentEntity.class, ids, CommentEntity::getSourceKey);
    }

    public Map<String, Integer> commentIds(Collection<String> keys) {
        return idsOf(CommentEntity.class, keys);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Adds the activity entry unless the community has one of the same kind, actor, target and time already.
     *
     * @return true when it was added
     */
    public boolean insertActivity(int communityId, ActivityRow entry) {
        Date at = Date.from(entry.occurredAt());
        if (ao.count(ActivityEntity.class, Query.select().where(ActivityEntity.COMMUNITY_ID + " = ? AND "
                        + ActivityEntity.KIND + " = ? AND " + ActivityEntity.ACTOR_KEY + " = ? AND "
                        + ActivityEntity.TARGET_TYPE + " = ? AND " + ActivityEntity.TARGET_ID + " = ? AND "
                        + ActivityEntity.OCCURRED_AT + " = ?", communityId, entry.kind(), entry.actorKey(),
                entry.targetType(), entry.targetId(), at)) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(ActivityEntity.COMMUNITY_ID, communityId);
        row.put(ActivityEntity.KIND, entry.kind());
        row.put(ActivityEntity.ACTOR_KEY, entry.actorKey());
        row.put(ActivityEntity.TARGET_TYPE, entry.targetType());
        row.put(ActivityEntity.TARGET_ID, entry.targetId());
        row.put(ActivityEntity.QUESTION_ID, entry.questionId());
        row.put(ActivityEntity.TITLE, entry.title());
        row.put(ActivityEntity.EXCERPT, entry.excerpt());
        row.put(ActivityEntity.URL, entry.url());
        row.put(ActivityEntity.OCCURRED_AT, at);
        row.put(ActivityEntity.GROUP_KEY, entry.groupKey());
        int id = ao.create(ActivityEntity.class, row).getID();
        for (String topic : new java.util.LinkedHashSet<>(entry.topics())) {
            Map<String, Object> topicRow = new HashMap<>();
            topicRow.put(ActivityTopicEntity.ACTIVITY_ID, id);
            topicRow.put(ActivityTopicEntity.TOPIC, topic);
            ao.create(ActivityTopicEntity.class, topicRow);
        }
        return true;
    }

    /** @return true when the space is (or was) a community on this site */
    public boolean communityExists(String spaceKey) {
        return ao.count(CommunityEntity.class, CommunityEntity.SPACE_KEY + " = ?", spaceKey) > 0;
    }

    /** @return the community's id, after creating it with the archive's settings when the space has none yet */
    public int ensureCommunity(String spaceKey, String name, String description, String visibility, boolean enabled,
                               Instant createdAt, Instant updatedAt, Instant lastActivityAt, List<String> topics,
                               String searchText) {
        CommunityEntity[] existing = ao.find(CommunityEntity.class,
                Query.select().where(CommunityEntity.SPACE_KEY + " = ?", spaceKey));
        if (existing.length > 0) {
            return existing[0].getID();
        }
        Map<String, Object> row = new HashMap<>();
        row.put(CommunityEntity.SPACE_KEY, spaceKey);
        row.put(CommunityEntity.NAME, name);
        row.put(CommunityEntity.SORT_NAME, name.toLowerCase(java.util.Locale.ROOT));
        row.put(CommunityEntity.DESCRIPTION, description);
        row.put(CommunityEntity.VISIBILITY, visibility);
        row.put(CommunityEntity.MEMBER_COUNT, 0);
        row.put(CommunityEntity.ENABLED, enabled);
        row.put(CommunityEntity.CREATED_AT, Date.from(createdAt));
        row.put(CommunityEntity.UPDATED_AT, Date.from(updatedAt));
        row.put(CommunityEntity.LAST_ACTIVITY_AT, Date.from(lastActivityAt));
        row.put(CommunityEntity.SEARCH_TEXT, searchText);
        int id = ao.create(CommunityEntity.class, row).getID();
        for (String topic : topics) {
            Map<String, Object> topicRow = new HashMap<>();
            topicRow.put(CommunityTopicEntity.COMMUNITY_ID, id);
            topicRow.put(CommunityTopicEntity.TOPIC, topic);
            topicRow.put(CommunityTopicEntity.COMMUNITY_AND_TOPIC, id + ":" + topic);
            ao.create(CommunityTopicEntity.class, topicRow);
        }
        return id;
    }

    /** Adds the topic when it is not known yet; a known topic without a description gets this one. */
    public void ensureTopic(String name, String description, Instant now) {
        TopicEntity[] known = ao.find(TopicEntity.class, Query.select().where(TopicEntity.NAME + " = ?", name));
        if (known.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(TopicEntity.NAME, name);
            row.put(TopicEntity.DESCRIPTION, description);
            row.put(TopicEntity.CREATED_AT, Date.from(now));
            ao.create(TopicEntity.class, row);
        } else if (known[0].getDescription() == null && description != null) {
            known[0].setDescription(description);
            known[0].save();
        }
    }

    public boolean externalPersonExists(String sourceKey) {
        return ao.count(ExternalPersonEntity.class, ExternalPersonEntity.SOURCE_KEY + " = ?", sourceKey) > 0;
    }

    /** @return the external person's id, creating them when their source key is new */
    public int ensureExternalPerson(String sourceKey, String displayName, String profileUrl, String site) {
        ExternalPersonEntity[] found = ao.find(ExternalPersonEntity.class,
                Query.select().where(ExternalPersonEntity.SOURCE_KEY + " = ?", sourceKey));
        if (found.length > 0) {
            return found[0].getID();
        }
        Map<String, Object> row = new HashMap<>();
        row.put(ExternalPersonEntity.SOURCE_KEY, sourceKey);
        row.put(ExternalPersonEntity.DISPLAY_NAME, truncate(displayName, 255));
        row.put(ExternalPersonEntity.PROFILE_URL, profileUrl);
        row.put(ExternalPersonEntity.SITE, site);
        return ao.create(ExternalPersonEntity.class, row).getID();
    }

    /** @return true when the membership was new (and added, counted in the community's member count if active) */
    public boolean addMember(int communityId, MemberRow member) {
        String pairKey = communityId + ":" + member.userKey();
        if (ao.count(MembershipEntity.class, MembershipEntity.PAIR_KEY + " = ?", pairKey) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(MembershipEntity.COMMUNITY_ID, communityId);
        row.put(MembershipEntity.USER_KEY, member.userKey());
        row.put(MembershipEntity.PAIR_KEY, pairKey);
        row.put(MembershipEntity.MEMBER_ROLE, member.role());
        row.put(MembershipEntity.MEMBER_STATE, member.state());
        row.put(MembershipEntity.ACTOR_KEY, member.actorKey());
        row.put(MembershipEntity.MESSAGE, member.message());
        row.put(MembershipEntity.CREATED_AT, Date.from(member.createdAt()));
        row.put(MembershipEntity.UPDATED_AT, Date.from(member.updatedAt()));
        ao.create(MembershipEntity.class, row);
        return true;
    }

    /** Sets the community's member count to the number of its active members. */
    public void recountMembers(int communityId, String activeState) {
        int count = ao.count(MembershipEntity.class, MembershipEntity.COMMUNITY_ID + " = ? AND "
                + MembershipEntity.MEMBER_STATE + " = ?", communityId, activeState);
        CommunityEntity community = ao.get(CommunityEntity.class, communityId);
        community.setMemberCount(count);
        community.save();
    }

    /** @return the ids of the rows of {@code type} with these source keys, by key */
    public Map<String, Integer> questionIds(Collection<String> keys) {
        return idsOf(QuestionEntity.class, keys);
    }

    public Map<String, Integer> answerIds(Collection<String> keys) {
        return idsOf(AnswerEntity.class, keys);
    }

    /** Inserts the question (its {@code SOURCE_KEY} must be new) with its topics. @return its id */
    public int insertQuestion(int communityId, QuestionRow q, Integer externalAuthorId, String authorKey,
                              Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(QuestionEntity.COMMUNITY_ID, communityId);
        row.put(QuestionEntity.AUTHOR_KEY, authorKey);
        row.put(QuestionEntity.EXTERNAL_AUTHOR_ID, externalAuthorId);
        row.put(QuestionEntity.TITLE, q.title());
        row.put(QuestionEntity.BODY_TEXT, q.body());
        row.put(QuestionEntity.SCORE, q.score());
        row.put(QuestionEntity.ANSWER_COUNT, q.answerCount());
        row.put(QuestionEntity.LIST_STATE, q.listState());
        row.put(QuestionEntity.CLOSE_REASON, q.closeReason());
        row.put(QuestionEntity.CLOSED_BY, q.closedBy());
        row.put(QuestionEntity.CLOSED_AT, date(q.closedAt()));
        row.put(QuestionEntity.DELETED, q.deleted());
        row.put(QuestionEntity.DELETED_BY, q.deletedBy());
        row.put(QuestionEntity.DELETED_AT, date(q.deletedAt()));
        row.put(QuestionEntity.REVISION, q.revision());
        row.put(QuestionEntity.CREATED_AT, Date.from(q.createdAt()));
        row.put(QuestionEntity.UPDATED_AT, Date.from(now));
        row.put(QuestionEntity.LAST_ACTIVITY_AT, Date.from(q.lastActivityAt()));
        row.put(QuestionEntity.SOURCE_KEY, q.key());
        row.put(QuestionEntity.SOURCE_URL, q.sourceUrl());
        row.put(QuestionEntity.LOCK_TOKEN, 0);
        int id = ao.create(QuestionEntity.class, row).getID();
        for (String topic : q.topics()) {
            Map<String, Object> topicRow = new HashMap<>();
            topicRow.put(QuestionTopicEntity.QUESTION_ID, id);
            topicRow.put(QuestionTopicEntity.COMMUNITY_ID, communityId);
            topicRow.put(QuestionTopicEntity.TOPIC, topic);
            topicRow.put(QuestionTopicEntity.QUESTION_AND_TOPIC, id + ":" + topic);
            topicRow.put(QuestionTopicEntity.CREATED_AT, Date.from(q.createdAt()));
            ao.create(QuestionTopicEntity.class, topicRow);
        }
        return id;
    }

    /** Inserts the answer (its {@code SOURCE_KEY} must be new). @return its id */
    public int insertAnswer(int communityId, int questionId, AnswerRow a, Integer externalAuthorId, String authorKey,
                            Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(AnswerEntity.QUESTION_ID, questionId);
        row.put(AnswerEntity.COMMUNITY_ID, communityId);
        row.put(AnswerEntity.AUTHOR_KEY, authorKey);
        row.put(AnswerEntity.EXTERNAL_AUTHOR_ID, externalAuthorId);
        row.put(AnswerEntity.BODY_TEXT, a.body());
        row.put(AnswerEntity.SCORE, a.score());
        row.put(AnswerEntity.ACCEPTED_FOR, a.accepted() ? questionId : null);
        row.put(AnswerEntity.ACCEPTED_KEY, a.accepted() ? AnswerEntity.acceptedKey(questionId) : AnswerEntity.openKey());
        row.put(AnswerEntity.ACCEPTED_BY, a.acceptedBy());
        row.put(AnswerEntity.ACCEPTED_AT, date(a.acceptedAt()));
        row.put(AnswerEntity.DELETED, a.deleted());
        row.put(AnswerEntity.DELETED_BY, a.deletedBy());
        row.put(AnswerEntity.DELETED_AT, date(a.deletedAt()));
        row.put(AnswerEntity.REVISION, a.revision());
        row.put(AnswerEntity.CREATED_AT, Date.from(a.createdAt()));
        row.put(AnswerEntity.UPDATED_AT, Date.from(now));
        row.put(AnswerEntity.SOURCE_KEY, a.key());
        row.put(AnswerEntity.SOURCE_URL, a.sourceUrl());
        row.put(AnswerEntity.LOCK_TOKEN, 0);
        // an imported author never crosses communities; a Confluence author's memberships when the answer was written
        // are unknown, so community health looks them up as they are now (null)
        row.put(AnswerEntity.CROSS_COMMUNITY, authorKey == null ? Boolean.FALSE : null);
        return ao.create(AnswerEntity.class, row).getID();
    }

    /** Points the question at its accepted answer. */
    public void linkAcceptedAnswer(int questionId, int answerId) {
        QuestionEntity question = ao.get(QuestionEntity.class, questionId);
        question.setAcceptedAnswerId(answerId);
        question.save();
    }

    /** Points the duplicate at its original, unless it points somewhere already. */
    public void linkDuplicate(int questionId, int originalId) {
        QuestionEntity question = ao.get(QuestionEntity.class, questionId);
        if (question.getDuplicateOfId() == null) {
            question.setDuplicateOfId(originalId);
            question.save();
        }
    }

    /** @return true when the comment's source key was new (and it was inserted) */
    public boolean insertComment(int communityId, String postType, int postId, int questionId, CommentRow c,
                                 Integer externalAuthorId, String authorKey) {
        if (ao.count(CommentEntity.class, CommentEntity.SOURCE_KEY + " = ?", c.key()) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(CommentEntity.POST_TYPE, postType);
        row.put(CommentEntity.POST_ID, postId);
        row.put(CommentEntity.QUESTION_ID, questionId);
        row.put(CommentEntity.COMMUNITY_ID, communityId);
        row.put(CommentEntity.AUTHOR_KEY, authorKey);
        row.put(CommentEntity.EXTERNAL_AUTHOR_ID, externalAuthorId);
        row.put(CommentEntity.BODY_TEXT, c.body());
        row.put(CommentEntity.DELETED, c.deleted());
        row.put(CommentEntity.CREATED_AT, Date.from(c.createdAt()));
        row.put(CommentEntity.SOURCE_KEY, c.key());
        ao.create(CommentEntity.class, row);
        return true;
    }

    /** @return true when the post had no revision with that number (and it was inserted) */
    public boolean insertRevision(String postType, int postId, RevisionRow r, Integer externalEditorId,
                                  String editorKey) {
        String key = postType + ":" + postId + ":" + r.number();
        if (ao.count(RevisionEntity.class, RevisionEntity.REVISION_KEY + " = ?", key) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(RevisionEntity.POST_TYPE, postType);
        row.put(RevisionEntity.POST_ID, postId);
        row.put(RevisionEntity.REVISION_NUMBER, r.number());
        row.put(RevisionEntity.REVISION_KEY, key);
        row.put(RevisionEntity.TITLE, r.title());
        row.put(RevisionEntity.BODY_TEXT, r.body());
        row.put(RevisionEntity.TOPICS, r.topics());
        row.put(RevisionEntity.EDITOR_KEY, editorKey);
        row.put(RevisionEntity.EXTERNAL_EDITOR_ID, externalEditorId);
        row.put(RevisionEntity.CREATED_AT, Date.from(r.createdAt()));
        ao.create(RevisionEntity.class, row);
        return true;
    }

    /** @return true when the voter had not voted on the post (and the vote was inserted) */
    public boolean insertVote(int communityId, String postType, int postId, String voterKey, int value,
                              Instant createdAt, Instant updatedAt) {
        String key = postType + ":" + postId + ":" + voterKey;
        if (ao.count(VoteEntity.class, VoteEntity.VOTE_KEY + " = ?", key) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(VoteEntity.POST_TYPE, postType);
        row.put(VoteEntity.POST_ID, postId);
        row.put(VoteEntity.VOTER_KEY, voterKey);
        row.put(VoteEntity.VOTE_KEY, key);
        row.put(VoteEntity.VOTE_VALUE, value);
        row.put(VoteEntity.COMMUNITY_ID, communityId);
        row.put(VoteEntity.CREATED_AT, Date.from(createdAt));
        row.put(VoteEntity.UPDATED_AT, Date.from(updatedAt));
        ao.create(VoteEntity.class, row);
        return true;
    }

    /** @return true when the endorser had not endorsed the person for the topic (and it was inserted) */
    public boolean insertEndorsement(int communityId, EndorsementRow e) {
        String key = e.topic() + "|" + e.personKey() + "|" + e.endorserKey();
        if (ao.count(EndorsementEntity.class, EndorsementEntity.ENDORSEMENT_KEY + " = ?", key) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(EndorsementEntity.PERSON_KEY, e.personKey());
        row.put(EndorsementEntity.ENDORSER_KEY, e.endorserKey());
        row.put(EndorsementEntity.TOPIC, e.topic());
        row.put(EndorsementEntity.EVIDENCE_KIND, e.evidenceKind());
        row.put(EndorsementEntity.EVIDENCE_ID, e.evidenceId());
        row.put(EndorsementEntity.COMMUNITY_ID, communityId);
        row.put(EndorsementEntity.ENDORSED_AT, Date.from(e.endorsedAt()));
        row.put(EndorsementEntity.ENDORSEMENT_KEY, key);
        ao.create(EndorsementEntity.class, row);
        return true;
    }

    // ------------------------------------------------------------------ helpers

    private <T extends Entity> Map<String, Integer> idsOf(Class<T> type, Collection<String> keys) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (List<String> slice : slices(List.copyOf(keys))) {
            for (T entity : ao.find(type, Query.select("ID, SOURCE_KEY")
                    .where("SOURCE_KEY IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                ids.put(sourceKeyOf(entity), entity.getID());
            }
        }
        return ids;
    }

    private static String sourceKeyOf(Entity entity) {
        if (entity instanceof QuestionEntity question) {
            return question.getSourceKey();
        }
        if (entity instanceof CommentEntity comment) {
            return comment.getSourceKey();
        }
        return ((AnswerEntity) entity).getSourceKey();
    }

    private <T extends Entity> Map<Integer, String> keysOf(Class<T> type, Collection<Integer> ids,
                                                           Function<T, String> key) {
        Map<Integer, String> keys = new HashMap<>();
        for (List<Integer> slice : slices(List.copyOf(ids))) {
            for (T entity : ao.find(type, Query.select("ID, SOURCE_KEY")
                    .where("ID IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                keys.put(entity.getID(), key.apply(entity));
            }
        }
        return keys;
    }

    private static Object[] with(String first, List<Integer> rest) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(first);
        parameters.addAll(rest);
        return parameters.toArray();
    }

    static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_SIZE) {
            slices.add(values.subList(start, Math.min(values.size(), start + IN_LIST_SIZE)));
        }
        return slices;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
