package org.guildhall.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.guildhall.archive.ao.ArchiveDao;
import org.guildhall.archive.ao.ArchiveDao.ActivityRow;
import org.guildhall.archive.ao.ArchiveDao.AnswerRow;
import org.guildhall.archive.ao.ArchiveDao.CommentRow;
import org.guildhall.archive.ao.ArchiveDao.EndorsementRow;
import org.guildhall.archive.ao.ArchiveDao.ExternalPersonRow;
import org.guildhall.archive.ao.ArchiveDao.MemberRow;
import org.guildhall.archive.ao.ArchiveDao.PersonRef;
import org.guildhall.archive.ao.ArchiveDao.QuestionPosition;
import org.guildhall.archive.ao.ArchiveDao.QuestionRow;
import org.guildhall.archive.ao.ArchiveDao.RevisionRow;
import org.guildhall.archive.ao.ArchiveDao.VoteRow;
import org.guildhall.community.Community;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.platform.SpacePermissions;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exports a community as a portable archive (docs/archive-format.md): streamed with Jackson's generator while the
 * rows are read a page at a time, in an order and with keys that do not depend on this site's ids, so the same
 * community exports to the same bytes on any site it was imported into.
 */
@Component
public class CommunityExport {

    static final int PAGE = 100;

    /** Placeholders for this site's ids in activity URLs and group keys (see docs/archive-format.md). */
    static final String QUESTION_PLACEHOLDER = "{question}";
    static final String TARGET_PLACEHOLDER = "{target}";
    static final String COMMUNITY_PLACEHOLDER = "{community}";

    private static final JsonFactory JSON = new JsonFactory();

    private final CommunityDao communities;
    private final ArchiveDao dao;
    private final People people;
    private final CurrentUser currentUser;
    private final SpacePermissions spacePermissions;

    public CommunityExport(CommunityDao communities, ArchiveDao dao, People people, CurrentUser currentUser,
                           SpacePermissions spacePermissions) {
        this.communities = communities;
        this.dao = dao;
        this.people = people;
        this.currentUser = currentUser;
        this.spacePermissions = spacePermissions;
    }

    /**
     * Checks that the caller may export the community, before a byte is written.
     *
     * @return what writes the archive
     * @throws NotFound     when there is no community on the space, or the caller cannot view it
     * @throws AccessDenied when the caller may view it but administers neither the space nor Confluence (401 when
     *                      anonymous)
     */
    public ArchiveWriter export(String spaceKey) {
        boolean systemAdmin = currentUser.userKey().isPresent() && currentUser.isAdministrator();
        Optional<Community> found = spaceKey == null ? Optional.empty() : communities.findBySpaceKey(spaceKey);
        if (found.isEmpty() || !(systemAdmin || spacePermissions.canView(spaceKey))) {
            throw new NotFound("guildhall.error.community.not-found", spaceKey);
        }
        if (!systemAdmin && (currentUser.userKey().isEmpty() || !spacePermissions.canAdminister(spaceKey))) {
            throw new AccessDenied("guildhall.archive.error.export-not-allowed");
        }
        Community community = found.get();
        return out -> write(community, out);
    }

    private void write(Community community, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", ArchiveFormat.FORMAT);
            json.writeNumberField("version", ArchiveFormat.VERSION);
            writeCommunity(json, community);
            int communityId = (int) community.id();
            writeTopics(json, communityId);
            writeMembers(json, communityId);
            writeQuestions(json, communityId);
            writeEndorsements(json, communityId);
            writeActivity(json, communityId);
            json.writeEndObject();
        }
    }

    private static void writeCommunity(JsonGenerator json, Community community) throws IOException {
        json.writeObjectFieldStart("community");
        json.writeStringField("spaceKey", community.spaceKey());
        json.writeStringField("name", community.name());
        json.writeStringField("description", community.description());
        json.writeStringField("visibility", community.visibility().name());
        json.writeBooleanField("enabled", community.enabled());
        time(json, "createdAt", community.createdAt());
        time(json, "updatedAt", community.updatedAt());
        time(json, "lastActivityAt", community.lastActivityAt());
        json.writeArrayFieldStart("topics");
        for (String topic : community.topics().stream().sorted().toList()) {
            json.writeString(topic);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeTopics(JsonGenerator json, int communityId) throws IOException {
        Set<String> names = dao.topicNames(communityId);
        Map<String, String> descriptions = dao.topicDescriptions(names);
        json.writeArrayFieldStart("topics");
        for (String name : names) {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("description", descriptions.get(name));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeMembers(JsonGenerator json, int communityId) throws IOException {
        json.writeArrayFieldStart("members");
        String after = "";
        while (true) {
            List<MemberRow> page = dao.members(communityId, after, PAGE);
            Set<String> keys = new HashSet<>();
            page.forEach(member -> {
                keys.add(member.userKey());
                keys.add(member.actorKey());
            });
            PersonNames names = names(keys, Set.of());
            for (MemberRow member : page) {
                json.writeStartObject();
                names.write(json, "person", member.userKey());
                json.writeStringField("role", member.role());
                json.writeStringField("state", member.state());
                names.write(json, "actor", member.actorKey());
                json.writeStringField("message", member.message());
                time(json, "createdAt", member.createdAt());
                time(json, "updatedAt", member.updatedAt());
                json.writeEndObject();
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).userKey();
        }
        json.writeEndArray();
    }

    private void writeQuestions(JsonGenerator json, int communityId) throws IOException {
        json.writeArrayFieldStart("questions");
        Optional<QuestionPosition> after = Optional.empty();
        while (true) {
            List<QuestionRow> page = dao.questions(communityId, after, PAGE);
            if (!page.isEmpty()) {
                new QuestionPage(page).write(json);
            }
            if (page.size() < PAGE) {
                break;
            }
            QuestionRow last = page.get(page.size() - 1);
            after = Optional.of(new QuestionPosition(last.createdAt(), last.key()));
        }
        json.writeEndArray();
    }

    private void writeEndorsements(JsonGenerator json, int communityId) throws IOException {
        json.writeArrayFieldStart("endorsements");
        String after = "";
        while (true) {
            List<EndorsementRow> page = dao.endorsements(communityId, after, PAGE);
            Set<String> keys = new HashSet<>();
            List<Integer> answerIds = new ArrayList<>();
            for (EndorsementRow row : page) {
                keys.add(row.personKey());
                keys.add(row.endorserKey());
                if ("answer".equals(row.evidenceKind())) {
                    answerIds.add((int) row.evidenceId());
                }
            }
            PersonNames names = names(keys, Set.of());
            Map<Integer, String> answerKeys = dao.answerKeys(answerIds);
            for (EndorsementRow row : page) {
                String answerKey = "answer".equals(row.evidenceKind()) ? answerKeys.get((int) row.evidenceId()) : null;
                if (answerKey == null) {
                    continue; // evidence on a Confluence page: its id means nothing on another site
                }
                json.writeStartObject();
                names.write(json, "person", row.personKey());
                names.write(json, "endorser", row.endorserKey());
                json.writeStringField("topic", row.topic());
                json.writeStringField("answer", answerKey);
                time(json, "endorsedAt", row.endorsedAt());
                json.writeEndObject();
            }
            if (page.size() < PAGE) {
                break;
            }
            EndorsementRow last = page.get(page.size() - 1);
            after = last.topic() + "|" + last.personKey() + "|" + last.endorserKey();
        }
        json.writeEndArray();
    }

    private void writeActivity(JsonGenerator json, int communityId) throws IOException {
        json.writeArrayFieldStart("activity");
        Instant afterTime = Instant.EPOCH;
        int afterId = 0;
        while (true) {
            List<ActivityRow> page = dao.activity(communityId, afterTime, afterId, PAGE);
            Set<Integer> questionIds = new HashSet<>();
            Set<Integer> answerIds = new HashSet<>();
            Set<Integer> commentIds = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (ActivityRow row : page) {
                keys.add(row.actorKey());
                if (row.questionId() != null) {
                    questionIds.add(row.questionId().intValue());
                }
                switch (row.targetType()) {
                    case "question" -> questionIds.add(Integer.parseInt(row.targetId()));
                    case "answer" -> answerIds.add(Integer.parseInt(row.targetId()));
                    case "comment" -> commentIds.add(Integer.parseInt(row.targetId()));
                    default -> keys.add(row.targetId());
                }
            }
            PersonNames names = names(keys, Set.of());
            Map<Integer, String> questionKeys = dao.questionKeys(questionIds);
            Map<Integer, String> answerKeys = dao.answerKeys(answerIds);
            Map<Integer, String> commentKeys = dao.commentKeys(commentIds);
            for (ActivityRow row : page) {
                String questionKey = row.questionId() == null ? null : questionKeys.get(row.questionId().intValue());
                String targetKey = switch (row.targetType()) {
                    case "question" -> questionKeys.get(Integer.parseInt(row.targetId()));
                    case "answer" -> answerKeys.get(Integer.parseInt(row.targetId()));
                    case "comment" -> commentKeys.get(Integer.parseInt(row.targetId()));
                    default -> row.targetId();
                };
                if (targetKey == null || (row.questionId() != null && questionKey == null)) {
                    continue; // its post is gone
                }
                json.writeStartObject();
                json.writeStringField("kind", row.kind());
                names.write(json, "actor", row.actorKey());
                json.writeObjectFieldStart("target");
                json.writeStringField("type", row.targetType());
                if ("person".equals(row.targetType())) {
                    names.write(json, "person", row.targetId());
                } else {
                    json.writeStringField("key", targetKey);
                }
                json.writeEndObject();
                json.writeStringField("question", questionKey);
                json.writeStringField("title", row.title());
                json.writeStringField("excerpt", row.excerpt());
                json.writeStringField("url", row.url() == null || row.questionId() == null ? row.url()
                        : row.url().replace("/questions/" + row.questionId(), "/questions/" + QUESTION_PLACEHOLDER));
                json.writeStringField("groupKey", groupTemplate(row, communityId));
                time(json, "occurredAt", row.occurredAt());
                json.writeArrayFieldStart("topics");
                for (String topic : row.topics()) {
                    json.writeString(topic);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            if (page.size() < PAGE) {
                break;
            }
            afterTime = page.get(page.size() - 1).occurredAt();
            afterId = page.get(page.size() - 1).id();
        }
        json.writeEndArray();
    }

    /** The group key with this site's ids replaced by placeholders the importer fills with its own. */
    private static String groupTemplate(ActivityRow row, int communityId) {
        int colon = row.groupKey().lastIndexOf(':');
        if (colon < 0) {
            return row.groupKey();
        }
        String prefix = row.groupKey().substring(0, colon + 1);
        String id = row.groupKey().substring(colon + 1);
        if (row.questionId() != null && id.equals(String.valueOf(row.questionId()))) {
            return prefix + QUESTION_PLACEHOLDER;
        }
        if (id.equals(row.targetId())) {
            return prefix + TARGET_PLACEHOLDER;
        }
        if (id.equals(String.valueOf(communityId))) {
            return prefix + COMMUNITY_PLACEHOLDER;
        }
        return row.groupKey();
    }

    /** One page of questions with everything that hangs off them, read in a few statements. */
    private final class QuestionPage {

        private final List<QuestionRow> questions;
        private final Map<Integer, List<AnswerRow>> answers = new HashMap<>();
        private final Map<String, List<CommentRow>> comments = new HashMap<>();
        private final Map<String, List<RevisionRow>> revisions = new HashMap<>();
        private final Map<String, List<VoteRow>> votes = new HashMap<>();
        private final Map<Integer, String> originals;
        private final PersonNames names;

        QuestionPage(List<QuestionRow> questions) {
            this.questions = questions;
            List<Integer> questionIds = questions.stream().map(QuestionRow::id).toList();
            List<AnswerRow> answerRows = dao.answers(questionIds);
            List<Integer> answerIds = answerRows.stream().map(AnswerRow::id).toList();
            answerRows.forEach(a -> answers.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a));
            List<CommentRow> commentRows = dao.comments(questionIds);
            commentRows.forEach(c -> comments.computeIfAbsent(c.postType() + ":" + c.postId(),
                    k -> new ArrayList<>()).add(c));
            List<RevisionRow> revisionRows = new ArrayList<>(dao.revisions("question", questionIds));
            revisionRows.addAll(dao.revisions("answer", answerIds));
            revisionRows.forEach(r -> revisions.computeIfAbsent(r.postType() + ":" + r.postId(),
                    k -> new ArrayList<>()).add(r));
            List<VoteRow> voteRows = new ArrayList<>(dao.votes("question", questionIds));
            voteRows.addAll(dao.votes("answer", answerIds));
            voteRows.forEach(v -> votes.computeIfAbsent(v.postType() + ":" + v.postId(),
                    k -> new ArrayList<>()).add(v));
            originals = dao.questionKeys(questions.stream().map(QuestionRow::duplicateOfId)
                    .filter(java.util.Objects::nonNull).toList());

            Set<String> userKeys = new HashSet<>();
            Set<Integer> externalIds = new HashSet<>();
            for (QuestionRow q : questions) {
                collect(q.author(), userKeys, externalIds);
                userKeys.add(q.closedBy());
                userKeys.add(q.deletedBy());
            }
            for (AnswerRow a : answerRows) {
                collect(a.author(), userKeys, externalIds);
                userKeys.add(a.acceptedBy());
                userKeys.add(a.deletedBy());
            }
            commentRows.forEach(c -> collect(c.author(), userKeys, externalIds));
            revisionRows.forEach(r -> collect(r.editor(), userKeys, externalIds));
            voteRows.forEach(v -> userKeys.add(v.voterKey()));
            userKeys.remove(null);
            names = names(userKeys, externalIds);
        }

        void write(JsonGenerator json) throws IOException {
            for (QuestionRow q : questions) {
                json.writeStartObject();
                json.writeStringField("key", q.key());
                json.writeStringField("sourceUrl", q.sourceUrl());
                names.write(json, "author", q.author());
                json.writeStringField("title", q.title());
                json.writeStringField("body", q.body());
                json.writeArrayFieldStart("topics");
                for (String topic : q.topics()) {
                    json.writeString(topic);
                }
                json.writeEndArray();
                json.writeNumberField("score", q.score());
                json.writeNumberField("answerCount", q.answerCount());
                json.writeStringField("listState", q.listState());
                json.writeNumberField("revision", q.revision());
                json.writeStringField("closeReason", q.closeReason());
                json.writeStringField("duplicateOf", q.duplicateOfId() == null ? null : originals.get(q.duplicateOfId()));
                names.write(json, "closedBy", q.closedBy());
                time(json, "closedAt", q.closedAt());
                json.writeBooleanField("deleted", q.deleted());
                names.write(json, "deletedBy", q.deletedBy());
                time(json, "deletedAt", q.deletedAt());
                time(json, "createdAt", q.createdAt());
                time(json, "lastActivityAt", q.lastActivityAt());
                writePostParts(json, "question:" + q.id());
                json.writeArrayFieldStart("answers");
                for (AnswerRow a : answers.getOrDefault(q.id(), List.of())) {
                    writeAnswer(json, a);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }

        private void writeAnswer(JsonGenerator json, AnswerRow a) throws IOException {
            json.writeStartObject();
            json.writeStringField("key", a.key());
            json.writeStringField("sourceUrl", a.sourceUrl());
            names.write(json, "author", a.author());
            json.writeStringField("body", a.body());
            json.writeNumberField("score", a.score());
            json.writeBooleanField("accepted", a.accepted());
            names.write(json, "acceptedBy", a.acceptedBy());
            time(json, "acceptedAt", a.acceptedAt());
            json.writeNumberField("revision", a.revision());
            json.writeBooleanField("deleted", a.deleted());
            names.write(json, "deletedBy", a.deletedBy());
            time(json, "deletedAt", a.deletedAt());
            time(json, "createdAt", a.createdAt());
            writePostParts(json, "answer:" + a.id());
            json.writeEndObject();
        }

        private void writePostParts(JsonGenerator json, String post) throws IOException {
            json.writeArrayFieldStart("revisions");
            for (RevisionRow r : revisions.getOrDefault(post, List.of())) {
                json.writeStartObject();
                json.writeNumberField("number", r.number());
                json.writeStringField("title", r.title());
                json.writeStringField("body", r.body());
                json.writeStringField("topics", r.topics());
                names.write(json, "editor", r.editor());
                time(json, "createdAt", r.createdAt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("votes");
            for (VoteRow v : votes.getOrDefault(post, List.of())) {
                json.writeStartObject();
                names.write(json, "voter", v.voterKey());
                json.writeNumberField("value", v.value());
                time(json, "createdAt", v.createdAt());
                time(json, "updatedAt", v.updatedAt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("comments");
            for (CommentRow c : comments.getOrDefault(post, List.of())) {
                json.writeStartObject();
                json.writeStringField("key", c.key());
                names.write(json, "author", c.author());
                json.writeStringField("body", c.body());
                json.writeBooleanField("deleted", c.deleted());
                time(json, "createdAt", c.createdAt());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static void collect(Optional<PersonRef> person, Set<String> userKeys, Set<Integer> externalIds) {
        person.ifPresent(ref -> {
            if (ref.externalId() != null) {
                externalIds.add(ref.externalId());
            } else {
                userKeys.add(ref.userKey());
            }
        });
    }

    /** The people one page names, looked up at once. */
    private PersonNames names(Set<String> userKeys, Set<Integer> externalIds) {
        Set<String> users = new HashSet<>();
        Set<Integer> externals = new HashSet<>(externalIds);
        for (String key : userKeys) {
            if (key == null) {
                continue;
            }
            Optional<Integer> external = externalId(key);
            if (external.isPresent()) {
                externals.add(external.get());
            } else {
                users.add(key);
            }
        }
        return new PersonNames(people.findAll(users), dao.externalPeople(externals));
    }

    private static Optional<Integer> externalId(String personKey) {
        if (!personKey.startsWith(ArchiveFormat.EXTERNAL_KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(personKey.substring(ArchiveFormat.EXTERNAL_KEY_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record PersonNames(Map<String, Person> users, Map<Integer, ExternalPersonRow> externals) {

        void write(JsonGenerator json, String field, Optional<PersonRef> person) throws IOException {
            if (person.isEmpty()) {
                json.writeNullField(field);
            } else if (person.get().externalId() != null) {
                writeExternal(json, field, person.get().externalId());
            } else {
                write(json, field, person.get().userKey());
            }
        }

        /** A user-key column: a Confluence user, {@code external:<id>}, or null. */
        void write(JsonGenerator json, String field, String personKey) throws IOException {
            if (personKey == null) {
                json.writeNullField(field);
                return;
            }
            Optional<Integer> external = externalId(personKey);
            if (external.isPresent()) {
                writeExternal(json, field, external.get());
                return;
            }
            Person person = users.get(personKey);
            json.writeObjectFieldStart(field);
            json.writeStringField("userKey", personKey);
            json.writeStringField("username", person == null ? null : person.username());
            json.writeStringField("displayName", person == null ? null : person.displayName());
            json.writeEndObject();
        }

        private void writeExternal(JsonGenerator json, String field, int id) throws IOException {
            ExternalPersonRow person = externals.get(id);
            if (person == null) {
                json.writeNullField(field);
                return;
            }
            json.writeObjectFieldStart(field);
            json.writeStringField("external", person.sourceKey());
            json.writeStringField("displayName", person.displayName());
            json.writeStringField("profileUrl", person.profileUrl());
            json.writeStringField("site", person.site());
            json.writeEndObject();
        }
    }

    private static void time(JsonGenerator json, String field, Instant value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }
}
