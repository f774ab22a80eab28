package org.guildhall.archive;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.archive.ao.ArchiveDao.ActivityRow;
import org.guildhall.archive.ao.ArchiveDao.AnswerRow;
import org.guildhall.archive.ao.ArchiveDao.CommentRow;
import org.guildhall.archive.ao.ArchiveDao.EndorsementRow;
import org.guildhall.archive.ao.ArchiveDao.MemberRow;
import org.guildhall.archive.ao.ArchiveDao.QuestionRow;
import org.guildhall.archive.ao.ArchiveDao.RevisionRow;
import org.guildhall.archive.ao.ArchiveDao;
import org.guildhall.community.MemberNamesBackfillJob;
import org.guildhall.community.MembershipState;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.expertise.EvidenceRecorder;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.guildhall.platform.Spaces;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.ao.ReputationDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a community archive (docs/archive-format.md) into this site: system administrators only, one import per
 * space in the cluster at a time, everything in one transaction, so a broken archive (bad JSON half-way, a missing
 * field, a newer format) leaves nothing behind. Every row is found again by its stable key, so importing an archive
 * twice adds nothing the second time. After the commit, the expertise evidence of the imported questions is derived
 * again from them, as for any question.
 */
@Component
public class ArchiveImport {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveImport.class);
    private static final String LOCK_PREFIX = "org.guildhall.archive.import.";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ArchiveDao dao;
    private final People people;
    private final CurrentUser currentUser;
    private final Spaces spaces;
    private final Transactions transactions;
    private final Clock clock;
    private final ClusterLockService locks;
    private final EvidenceRecorder evidence;
    private final ReputationDao reputation;
    private final CommunityDao communities;
    private final MemberNamesBackfillJob memberNames;
    private final FirstPostDao firstPosts;

    public ArchiveImport(ArchiveDao dao, People people, CurrentUser currentUser, Spaces spaces,
                         Transactions transactions, Clock clock, @ComponentImport ClusterLockService locks,
                         EvidenceRecorder evidence, ReputationDao reputation, CommunityDao communities,
                         MemberNamesBackfillJob memberNames, FirstPostDao firstPosts) {
        this.communities = communities;
        this.dao = dao;
        this.people = people;
        this.currentUser = currentUser;
        this.spaces = spaces;
        this.transactions = transactions;
        this.clock = clock;
        this.locks = locks;
        this.evidence = evidence;
        this.reputation = reputation;
        this.memberNames = memberNames;
        this.firstPosts = firstPosts;
    }

    /** What an import added: rows new to this site, by kind, and rows it could not take over. */
    public record ImportResult(String spaceKey, boolean communityCreated, Map<String, Integer> added,
                               Map<String, Integer> skipped) {
    }

    /**
     * Reads the archive from {@code body} and imports it.
     *
     * @return what was added (all zero when the archive had been imported before)
     * @throws AccessDenied when the caller is not a system administrator (401 when anonymous)
     * @throws InvalidInput naming {@code body} (not JSON, or cut short), {@code format}, {@code version},
     *                      {@code community.spaceKey} (no such space here) or the first field at fault, e.g.
     *                      {@code questions[3].title}; nothing is written
     * @throws Conflict     when an import into the same space is running
     */
    public ImportResult importArchive(InputStream body) {
        if (currentUser.userKey().isEmpty() || !currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.archive.error.import-not-allowed");
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("body", "guildhall.archive.error.malformed");
            }
            JsonNode community = readHeader(parser);
            String spaceKey = community.path("spaceKey").asText("");
            if (spaceKey.isEmpty() || spaces.find(spaceKey).isEmpty()) {
                throw invalid("community.spaceKey", "guildhall.archive.error.no-space");
            }
            ClusterLock lock = locks.getLockForName(LOCK_PREFIX + spaceKey);
            if (!lock.tryLock()) {
                throw new Conflict("guildhall.archive.error.busy", spaceKey);
            }
            Run run;
            try {
                run = transactions.inTransaction(() -> importBody(parser, community));
            } finally {
                lock.unlock();
            }
            // a community the import turned on must be in every node's snapshot of enabled communities at once
            communities.forgetSnapshot();
            refreshEvidence(run.questionIds);
            firstPosts.recountCommunities(List.of((long) run.communityId)); // community health's newcomers
            memberNames.backfill(); // the imported members, for the member search
            return new ImportResult(spaceKey, run.communityCreated, run.added, run.skipped);
        } catch (JsonProcessingException e) {
            throw invalid("body", "guildhall.archive.error.malformed");
        } catch (UncheckedIOException e) {
            throw invalid("body", "guildhall.archive.error.malformed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code format}, {@code version} and {@code community}, which come first, and checks them. */
    private static JsonNode readHeader(JsonParser parser) throws IOException {
        String format = null;
        Integer version = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "format" -> format = parser.getValueAsString();
                case "version" -> version = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                case "community" -> {
                    if (!ArchiveFormat.FORMAT.equals(format)) {
                        throw invalid("format", "guildhall.archive.error.format");
                    }
                    if (version == null || version < 1 || version > ArchiveFormat.VERSION) {
                        throw invalid("version", "guildhall.archive.error.version");
                    }
                    JsonNode community = MAPPER.readTree(parser);
                    if (community == null || !community.isObject()) {
                        throw invalid("community", "guildhall.archive.error.field");
                    }
                    return community;
                }
                default -> parser.skipChildren();
            }
        }
        throw invalid(format == null ? "format" : version == null ? "version" : "community",
                format == null ? "guildhall.archive.error.format" : version == null
                        ? "guildhall.archive.error.version" : "guildhall.archive.error.field");
    }

    /** Everything after the header, in the caller's transaction. */
    private Run importBody(JsonParser parser, JsonNode community) {
        Run run = new Run();
        Instant now = clock.now();
        Fields c = new Fields(community, "community");
        String name = c.text("name");
        String description = c.optionalText("description");
        Visibility visibility = c.choice("visibility", Visibility.class);
        List<String> topics = c.texts("topics");
        String spaceKey = c.text("spaceKey");
        boolean existed = dao.communityExists(spaceKey);
        int communityId = dao.ensureCommunity(spaceKey, name, description, visibility.name(),
                c.bool("enabled"), c.time("createdAt"), c.time("updatedAt"), c.time("lastActivityAt"), topics,
                CommunityDao.searchText(name, description));
        run.communityId = communityId;
        run.communityCreated = !existed;
        for (String topic : topics) {
            dao.ensureTopic(topic, null, now);
        }
        ArchivePeople people = new ArchivePeople(this.people, dao);
        Map<Integer, String> duplicates = new HashMap<>();
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                JsonToken start = parser.nextToken();
                if (!List.of("topics", "members", "questions", "endorsements", "activity").contains(section)) {
                    parser.skipChildren();
                    continue;
                }
                if (start != JsonToken.START_ARRAY) {
                    throw invalid(section, "guildhall.archive.error.field");
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode node = MAPPER.readTree(parser);
                    Fields element = new Fields(node, section + "[" + index++ + "]");
                    switch (section) {
                        case "topics" -> dao.ensureTopic(element.text("name"), element.optionalText("description"), now);
                        case "members" -> importMember(communityId, element, people, run);
                        case "questions" -> importQuestion(communityId, element, people, duplicates, run, now);
                        case "endorsements" -> importEndorsement(communityId, element, people, run);
                        default -> importActivity(communityId, element, people, run);
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw invalid("body", "guildhall.archive.error.malformed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> originals = dao.questionIds(duplicates.values());
        duplicates.forEach((duplicate, original) -> {
            Integer originalId = originals.get(original);
            if (originalId != null) {
                dao.linkDuplicate(duplicate, originalId);
            }
        });
        dao.recountMembers(communityId, MembershipState.MEMBER.name());
        run.count(run.added, "people", people.created());
        return run;
    }

    private void importMember(int communityId, Fields member, ArchivePeople people, Run run) {
        Optional<String> userKey = people.userKey(member.person("person"));
        if (userKey.isEmpty()) {
            run.count(run.skipped, "members", 1);
            return;
        }
        String actor = people.personKey(member.person("actor")).orElse(userKey.get());
        MemberRow row = new MemberRow(userKey.get(), member.text("role"), member.text("state"), actor,
                member.optionalText("message"), member.time("createdAt"), member.time("updatedAt"));
        if (dao.addMember(communityId, row)) {
            run.count(run.added, "members", 1);
        }
    }

    private void importQuestion(int communityId, Fields q, ArchivePeople people, Map<Integer, String> duplicates,
                                Run run, Instant now) {
        String key = q.text("key");
        ArchivePeople.Resolved author = people.resolve(q.person("author"));
        Integer existing = dao.questionIds(List.of(key)).get(key);
        int questionId;
        boolean created = existing == null;
        if (created) {
            QuestionRow row = new QuestionRow(0, key, q.optionalText("sourceUrl"), Optional.empty(), q.text("title"),
                    q.text("body"), q.integer("score"), q.integer("answerCount"), null, q.text("listState"),
                    q.optionalText("closeReason"), null, people.personKey(q.person("closedBy")).orElse(null),
                    q.optionalTime("closedAt"), q.bool("deleted"),
                    people.personKey(q.person("deletedBy")).orElse(null), q.optionalTime("deletedAt"),
                    q.integer("revision"), q.time("createdAt"), q.time("lastActivityAt"), q.texts("topics"));
            for (String topic : row.topics()) {
                dao.ensureTopic(topic, null, now);
            }
            questionId = dao.insertQuestion(communityId, row, author.externalId(), author.userKey(), now);
            run.count(run.added, "questions", 1);
            run.questionIds.add(questionId);
            q.optionalTextOf("duplicateOf").ifPresent(original -> duplicates.put(questionId, original));
        } else {
            questionId = existing;
        }
        importPostParts(communityId, "question", questionId, questionId, author.personKey(), q, people, run);
        List<Fields> answers = q.list("answers");
        for (Fields a : answers) {
            importAnswer(communityId, questionId, created, a, people, run, now);
        }
    }

    private void importAnswer(int communityId, int questionId, boolean questionCreated, Fields a,
                              ArchivePeople people, Run run, Instant now) {
        String key = a.text("key");
        ArchivePeople.Resolved author = people.resolve(a.person("author"));
        Integer existing = dao.answerIds(List.of(key)).get(key);
        int answerId;
        if (existing == null) {
            // an existing question keeps its own accepted answer
            boolean accepted = questionCreated && a.bool("accepted");
            String acceptedBy = accepted ? people.personKey(a.person("acceptedBy")).orElse(null) : null;
            AnswerRow row = new AnswerRow(0, questionId, key, a.optionalText("sourceUrl"), Optional.empty(),
                    a.text("body"), a.integer("score"), accepted, acceptedBy,
                    accepted ? a.optionalTime("acceptedAt") : null, a.bool("deleted"),
                    people.personKey(a.person("deletedBy")).orElse(null), a.optionalTime("deletedAt"),
                    a.integer("revision"), a.time("createdAt"));
            answerId = dao.insertAnswer(communityId, questionId, row, author.externalId(), author.userKey(), now);
            if (accepted) {
                dao.linkAcceptedAnswer(questionId, answerId);
                if (acceptedBy != null && author.personKey() != null) {
                    reputation.add(author.personKey(), 0, 0, 0, 0, 1);
                }
            }
            run.count(run.added, "answers", 1);
        } else {
            answerId = existing;
        }
        importPostParts(communityId, "answer", answerId, questionId, author.personKey(), a, people, run);
    }

    /** Revisions, votes and comments of one post. */
    private void importPostParts(int communityId, String postType, int postId, int questionId, String authorKey,
                                 Fields post, ArchivePeople people, Run run) {
        for (Fields r : post.list("revisions")) {
            ArchivePeople.Resolved editor = people.resolve(r.person("editor"));
            RevisionRow row = new RevisionRow(postType, postId, r.integer("number"), r.optionalText("title"),
                    r.text("body"), r.optionalText("topics"), Optional.empty(), r.time("createdAt"));
            if (dao.insertRevision(postType, postId, row, editor.externalId(), editor.userKey())) {
                run.count(run.added, "revisions", 1);
            }
        }
        for (Fields v : post.list("votes")) {
            Optional<String> voter = people.personKey(v.person("voter"));
            int value = v.integer("value");
            if (voter.isEmpty() || (value != 1 && value != -1)) {
                throw invalid(v.path + (voter.isEmpty() ? ".voter" : ".value"), "guildhall.archive.error.field");
            }
            if (dao.insertVote(communityId, postType, postId, voter.get(), value, v.time("createdAt"),
                    v.time("updatedAt"))) {
                run.count(run.added, "votes", 1);
                if (authorKey != null) {
                    boolean question = "question".equals(postType);
                    reputation.add(authorKey, question && value > 0 ? 1 : 0, question && value < 0 ? 1 : 0,
                            !question && value > 0 ? 1 : 0, !question && value < 0 ? 1 : 0, 0);
                }
            }
        }
        for (Fields c : post.list("comments")) {
            ArchivePeople.Resolved author = people.resolve(c.person("author"));
            CommentRow row = new CommentRow(postType, postId, questionId, c.text("key"), Optional.empty(),
                    c.text("body"), c.bool("deleted"), c.time("createdAt"));
            if (dao.insertComment(communityId, postType, postId, questionId, row, author.externalId(),
                    author.userKey())) {
                run.count(run.added, "comments", 1);
            }
        }
    }

    private void importEndorsement(int communityId, Fields e, ArchivePeople people, Run run) {
        Optional<String> person = people.userKey(e.person("person"));
        Optional<String> endorser = people.userKey(e.person("endorser"));
        String answerKey = e.text("answer");
        Integer answerId = dao.answerIds(List.of(answerKey)).get(answerKey);
        if (person.isEmpty() || endorser.isEmpty() || answerId == null) {
            run.count(run.skipped, "endorsements", 1);
            return;
        }
        EndorsementRow row = new EndorsementRow(person.get(), endorser.get(), e.text("topic"), "answer", answerId,
                e.time("endorsedAt"));
        if (dao.insertEndorsement(communityId, row)) {
            run.count(run.added, "endorsements", 1);
        }
    }

    private void importActivity(int communityId, Fields entry, ArchivePeople people, Run run) {
        Optional<String> actor = people.personKey(entry.person("actor"));
        Fields target = entry.object("target");
        String type = target.text("type");
        Optional<String> questionKey = entry.optionalTextOf("question");
        Integer questionId = questionKey.map(key -> dao.questionIds(List.of(key)).get(key)).orElse(null);
        String targetId = switch (type) {
            case "question" -> idText(dao.questionIds(List.of(target.text("key"))).get(target.text("key")));
            case "answer" -> idText(dao.answerIds(List.of(target.text("key"))).get(target.text("key")));
            case "comment" -> idText(dao.commentIds(List.of(target.text("key"))).get(target.text("key")));
            case "person" -> people.personKey(target.person("person")).orElse(null);
            default -> throw invalid(target.path + ".type", "guildhall.archive.error.field");
        };
        if (actor.isEmpty() || targetId == null || (questionKey.isPresent() && questionId == null)) {
            run.count(run.skipped, "activity", 1);
            return;
        }
        String question = questionId == null ? "" : questionId.toString();
        String url = entry.optionalText("url");
        String groupKey = entry.text("groupKey").replace(CommunityExport.QUESTION_PLACEHOLDER, question)
                .replace(CommunityExport.TARGET_PLACEHOLDER, targetId)
                .replace(CommunityExport.COMMUNITY_PLACEHOLDER, String.valueOf(communityId));
        ActivityRow row = new ActivityRow(0, entry.text("kind"), actor.get(), type, targetId,
                questionId == null ? null : questionId.longValue(), entry.optionalText("title"),
                entry.optionalText("excerpt"), url == null ? null : url.replace(CommunityExport.QUESTION_PLACEHOLDER,
                question), entry.time("occurredAt"), groupKey, entry.texts("topics"));
        if (dao.insertActivity(communityId, row)) {
            run.count(run.added, "activity", 1);
        }
    }

    private static String idText(Integer id) {
        return id == null ? null : id.toString();
    }

    /** Evidence follows from the committed questions; a failure here is repaired by an expertise rebuild. */
    private void refreshEvidence(List<Integer> questionIds) {
        for (int questionId : questionIds) {
            try {
                evidence.refreshQuestion(questionId);
            } catch (RuntimeException e) {
                LOG.warn("Could not derive expertise evidence of imported question {}; a rebuild repairs it",
                        questionId, e);
            }
        }
    }

    private static InvalidInput invalid(String field, String key) {
        return new InvalidInput(Map.of(field, key));
    }

    /** The running totals of one import. */
    private static final class Run {
        boolean communityCreated;
        int communityId;
        final Map<String, Integer> added = new java.util.TreeMap<>();
        final Map<String, Integer> skipped = new java.util.TreeMap<>();
        final List<Integer> questionIds = new ArrayList<>();

        void count(Map<String, Integer> counts, String kind, int n) {
            if (n > 0) {
                counts.merge(kind, n, Integer::sum);
            }
        }
    }

    /** One element of the archive, read with its path so that errors name the field at fault. */
    static final class Fields {

        private final JsonNode node;
        final String path;

        Fields(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw invalid(path, "guildhall.archive.error.field");
            }
            this.node = node;
            this.path = path;
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isEmpty() && !field.equals("body")) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            return value.asText();
        }

        String optionalText(String field) {
            return optionalTextOf(field).orElse(null);
        }

        Optional<String> optionalTextOf(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            return Optional.of(value.asText());
        }

        int integer(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isInt()) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            return value.asInt();
        }

        boolean bool(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isBoolean()) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            return value.asBoolean();
        }

        Instant time(String field) {
            return optionalTime(field) == null ? fail(field) : optionalTime(field);
        }

        Instant optionalTime(String field) {
            Optional<String> value = optionalTextOf(field);
            try {
                return value.map(Instant::parse).orElse(null);
            } catch (DateTimeParseException e) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            try {
                return Enum.valueOf(type, text(field));
            } catch (IllegalArgumentException e) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
        }

        List<String> texts(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw invalid(path + "." + field, "guildhall.archive.error.field");
                }
                texts.add(item.asText());
            }
            return texts;
        }

        Fields object(String field) {
            return new Fields(node.get(field), path + "." + field);
        }

        List<Fields> list(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            List<Fields> items = new ArrayList<>();
            int index = 0;
            for (JsonNode item : value) {
                items.add(new Fields(item, path + "." + field + "[" + index++ + "]"));
            }
            return items;
        }

        /** @return the person object, or empty for null; a person that is neither user nor external is refused */
        Optional<JsonNode> person(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isObject() || !(value.path("userKey").isTextual() || value.path("external").isTextual())) {
                throw invalid(path + "." + field, "guildhall.archive.error.field");
            }
            return Optional.of(value);
        }

        private Instant fail(String field) {
            throw invalid(path + "." + field, "guildhall.archive.error.field");
        }
    }
}
