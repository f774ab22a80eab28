package org.guildhall.qa.importer;

import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.CloseReason;
import org.guildhall.qa.ListState;
import org.guildhall.qa.importer.ao.ImportDao.NewAnswer;
import org.guildhall.qa.importer.ao.ImportDao.NewComment;
import org.guildhall.qa.importer.ao.ImportDao.NewPerson;
import org.guildhall.qa.importer.ao.ImportDao.NewQuestion;
import org.guildhall.qa.importer.ao.ImportDao.NewTopic;
import org.guildhall.qa.importer.ao.ImportDao.Saved;
import org.guildhall.qa.importer.ao.ImportDao;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports one Stack Exchange site dump into a community. The work, in order:
 * <ol>
 * <li><b>Check</b>: every file is parsed once, streaming, before anything is written; only ids and small maps are kept
 * (which user wrote something, which answer belongs to which question, the accepted answers, the duplicate links, the
 * tag excerpts). A broken file fails the import with nothing written.</li>
 * <li><b>Write</b>, in batches of {@value #BATCH_SIZE} rows, one transaction per batch: the authors (as external
 * people, only those who wrote an imported post or comment), the tags as topics (see {@link TagTopics}) with their
 * excerpts as descriptions, the questions (with topics and first revision), the answers (accepted ones marked), the
 * accepted-answer and duplicate links, the comments.</li>
 * </ol>
 * Votes are anonymous in the dump and posts carry their score, so Votes.xml is checked and counted but writes nothing.
 * Every row has a unique source key and batches insert only keys not stored yet: a failed import can be run again and
 * completes, and importing a dump twice changes nothing. Memory grows with the number of posts (a few maps of ints),
 * never with the size of the text.
 */
@Component
public class StackExchangeImporter {

    static final int BATCH_SIZE = 500;
    static final String QUESTION = "1";
    static final String ANSWER = "2";
    static final String TAG_EXCERPT = "4";
    static final String DUPLICATE_LINK = "3";

    private final ImportDao dao;
    private final Transactions transactions;
    private final Clock clock;
    private final FirstPostDao firstPosts;

    public StackExchangeImporter(ImportDao dao, Transactions transactions, Clock clock, FirstPostDao firstPosts) {
        this.dao = dao;
        this.transactions = transactions;
        this.clock = clock;
        this.firstPosts = firstPosts;
    }

    /** What an import wrote. */
    public record ImportSummary(int people, int topics, int questions, int answers, int comments,
                                int acceptedLinks, int duplicateLinks) {
    }

    /**
     * Imports the dump into the community. Call only while holding the community's import lock.
     *
     * @param afterBatch called after each committed batch and phase, to publish {@code progress}
     * @throws DumpRows.MalformedDump when a file is not well-formed (then nothing was written)
     */
    public ImportSummary importDump(StackExchangeDump dump, int communityId, ImportProgress progress,
                                    Runnable afterBatch) {
        Run run = new Run(dump, communityId, progress, afterBatch);
        run.check();
        return run.write();
    }

    /** The state of one import while it runs. */
    private final class Run {

        private final StackExchangeDump dump;
        private final String site;
        private final int communityId;
        private final ImportProgress progress;
        private final Runnable afterBatch;
        private final Instant importedAt;

        private final Set<Integer> questions = new HashSet<>();
        /** answer → its question, for answers whose question is in the dump */
        private final Map<Integer, Integer> answerQuestion = new HashMap<>();
        private final Map<Integer, Integer> acceptedAnswer = new HashMap<>();
        private final Map<Integer, Integer> answerCount = new HashMap<>();
        /** duplicate → original, and when it was marked */
        private final Map<Integer, Integer> duplicateOf = new LinkedHashMap<>();
        private final Map<Integer, Instant> duplicateMarkedAt = new HashMap<>();
        private final Map<String, Integer> tagExcerptPost = new LinkedHashMap<>();
        private final Map<Integer, String> excerpts = new HashMap<>();
        private final Set<Integer> authors = new HashSet<>();

        private final Map<String, Integer> people = new HashMap<>();
        private final Map<Integer, Integer> questionIds = new HashMap<>();
        private final Map<Integer, Integer> answerIds = new HashMap<>();

        Run(StackExchangeDump dump, int communityId, ImportProgress progress, Runnable afterBatch) {
            this.dump = dump;
            this.site = dump.site();
            this.communityId = communityId;
            this.progress = progress;
            this.afterBatch = afterBatch;
            this.importedAt = clock.now();
        }

        // ------------------------------------------------------------ check

        void check() {
            progress.phase("checking");
            afterBatch.run();
            Map<Integer, Integer> answerParent = new HashMap<>();
            Map<Integer, Integer> acceptedClaims = new HashMap<>();
            Set<Integer> excerptIds = new HashSet<>();
            read(StackExchangeDump.TAGS, row -> {
                String name = row.get("TagName");
                if (name != null) {
                    Integer excerpt = integer(row.get("ExcerptPostId"));
                    tagExcerptPost.put(name, excerpt);
                    if (excerpt != null) {
                        excerptIds.add(excerpt);
                    }
                }
            });
            read(StackExchangeDump.POSTS, row -> {
                Integer id = integer(row.get("Id"));
                String type = row.get("PostTypeId");
                if (id == null || type == null) {
                    return;
                }
                switch (type) {
                    case QUESTION -> {
                        questions.add(id);
                        Integer accepted = integer(row.get("AcceptedAnswerId"));
                        if (accepted != null) {
                            acceptedClaims.put(id, accepted);
                        }
                        noteAuthor(row.get("OwnerUserId"));
                    }
                    case ANSWER -> {
                        Integer parent = integer(row.get("ParentId"));
                        if (parent != null) {
                            answerParent.put(id, parent);
                        }
                        noteAuthor(row.get("OwnerUserId"));
                    }
                    case TAG_EXCERPT -> {
                        if (excerptIds.contains(id)) {
                            excerpts.put(id, PlainText.fromHtml(row.get("Body")));
                        }
                    }
                    default -> {
                        // tag wikis, moderator nominations, …: not Q&A
                    }
                }
            });
            answerParent.forEach((answer, question) -> {
                if (questions.contains(question)) {
                    answerQuestion.put(answer, question);
                    answerCount.merge(question, 1, Integer::sum);
                }
            });
            acceptedClaims.forEach((question, answer) -> {
                if (question.equals(answerQuestion.get(answer))) {
                    acceptedAnswer.put(question, answer);
                }
            });
            read(StackExchangeDump.POST_LINKS, row -> {
                Integer duplicate = integer(row.get("PostId"));
                Integer original = integer(row.get("RelatedPostId"));
                if (DUPLICATE_LINK.equals(row.get("LinkTypeId")) && duplicate != null && original != null
                        && !duplicate.equals(original) && questions.contains(duplicate) && questions.contains(original)
                        && !duplicateOf.containsKey(duplicate)) {
                    duplicateOf.put(duplicate, original);
                    duplicateMarkedAt.put(duplicate, date(row.get("CreationDate")));
                }
            });
            read(StackExchangeDump.COMMENTS, row -> {
                Integer post = integer(row.get("PostId"));
                if (post != null && (questions.contains(post) || answerQuestion.containsKey(post))) {
                    noteAuthor(row.get("UserId"));
                }
            });
            read(StackExchangeDump.USERS, row -> { });
            read(StackExchangeDump.VOTES, row -> { });
        }

        private void noteAuthor(String userId) {
            Integer id = integer(userId);
            if (id != null) {
                authors.add(id);
            }
        }

        private void read(String file, Consumer<Map<String, String>> row) {
            try (InputStream in = dump.open(file)) {
                progress.read(file, DumpRows.forEach(file, in, row));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }

        /** Streams a file again for writing; rows were counted by the check. */
        private void stream(String file, Consumer<Map<String, String>> row) {
            try (InputStream in = dump.open(file)) {
                DumpRows.forEach(file, in, row);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }

        // ------------------------------------------------------------ write

        ImportSummary write() {
            int peopleWritten = writePeople();
            int topicsWritten = writeTopics();
            int questionsWritten = writeQuestions();
            int answersWritten = writeAnswers();
            progress.phase("linking");
            Map<Integer, Integer> accepted = new HashMap<>();
            acceptedAnswer.forEach((question, answer) -> {
                Integer questionId = questionIds.get(question);
                Integer answerId = answerIds.get(answer);
                if (questionId != null && answerId != null) {
                    accepted.put(questionId, answerId);
                }
            });
            Map<Integer, Integer> originals = new HashMap<>();
            duplicateOf.forEach((duplicate, original) -> {
                Integer duplicateId = questionIds.get(duplicate);
                Integer originalId = questionIds.get(original);
                if (duplicateId != null && originalId != null) {
                    originals.put(duplicateId, originalId);
                }
            });
            int acceptedLinks = transactions.inTransaction(() -> dao.linkAcceptedAnswers(accepted, importedAt));
            int duplicateLinks = transactions.inTransaction(() -> dao.linkDuplicates(originals, importedAt));
            progress.written(StackExchangeDump.POST_LINKS, duplicateLinks);
            afterBatch.run();
            int commentsWritten = writeComments();
            firstPosts.recountCommunities(List.of((long) communityId)); // community health's newcomers
            progress.phase("done");
            afterBatch.run();
            return new ImportSummary(peopleWritten, topicsWritten, questionsWritten, answersWritten, commentsWritten,
                    acceptedLinks, duplicateLinks);
        }

        private int writePeople() {
            progress.phase("people");
            Batches<NewPerson> batches = new Batches<>(batch -> {
                Saved saved = transactions.inTransaction(() -> dao.savePeople(batch));
                people.putAll(saved.ids());
                progress.written(StackExchangeDump.USERS, saved.inserted());
                afterBatch.run();
                return saved.inserted();
            });
            stream(StackExchangeDump.USERS, row -> {
                Integer id = integer(row.get("Id"));
                if (id != null && authors.contains(id)) {
                    String name = row.get("DisplayName");
                    batches.add(new NewPerson(userKey(id), name == null || name.isBlank() ? "user" + id : name,
                            "https://" + site + "/users/" + id, site));
                }
            });
            return batches.finish();
        }

        /** Authors the dump names only by display name (deleted accounts) are kept by that name. */
        private Integer author(String userId, String displayName) {
            Integer id = integer(userId);
            if (id != null && people.containsKey(userKey(id))) {
                return people.get(userKey(id));
            }
            if (displayName == null || displayName.isBlank()) {
                return null;
            }
            String key = "stackexchange:" + site + ":user-name:" + displayName.trim();
            return people.computeIfAbsent(key, ignored -> transactions.inTransaction(() ->
                    dao.savePeople(List.of(new NewPerson(key, displayName.trim(), null, site)))).ids().get(key));
        }

        private String userKey(int id) {
            return "stackexchange:" + site + ":user:" + id;
        }

        private int writeTopics() {
            progress.phase("topics");
            Map<String, NewTopic> topics = new LinkedHashMap<>();
            tagExcerptPost.forEach((tag, excerpt) -> TagTopics.topic(tag).ifPresent(topic -> {
                String description = excerpt == null ? null : excerpts.get(excerpt);
                topics.putIfAbsent(topic, new NewTopic(topic, description == null || description.isBlank()
                        ? null : description));
            }));
            int written = 0;
            List<NewTopic> all = new ArrayList<>(topics.values());
            for (int start = 0; start < all.size(); start += BATCH_SIZE) {
                List<NewTopic> batch = all.subList(start, Math.min(all.size(), start + BATCH_SIZE));
                written += transactions.inTransaction(() -> dao.saveTopics(batch, importedAt));
            }
            progress.written(StackExchangeDump.TAGS, written);
            afterBatch.run();
            return written;
        }

        private int writeQuestions() {
            progress.phase("questions");
            Batches<Map<String, String>> batches = new Batches<>(rows -> {
                List<NewQuestion> batch = new ArrayList<>();
                for (Map<String, String> row : rows) {
                    batch.add(question(row));
                }
                Saved saved = transactions.inTransaction(() -> dao.saveQuestions(batch, importedAt));
                rows.forEach(row -> {
                    int id = Integer.parseInt(row.get("Id"));
                    questionIds.put(id, saved.ids().get(questionKey(id)));
                });
                progress.written(StackExchangeDump.POSTS, saved.inserted());
                afterBatch.run();
                return saved.inserted();
            });
            stream(StackExchangeDump.POSTS, row -> {
                if (QUESTION.equals(row.get("PostTypeId")) && integer(row.get("Id")) != null) {
                    batches.add(row);
                }
            });
            return batches.finish();
        }

        private NewQuestion question(Map<String, String> row) {
            int id = Integer.parseInt(row.get("Id"));
            Instant created = date(row.get("CreationDate"));
            int answers = answerCount.getOrDefault(id, 0);
            boolean duplicate = duplicateOf.containsKey(id);
            String state = ListState.of(duplicate, acceptedAnswer.containsKey(id), answers).id();
            Set<String> topics = new LinkedHashSet<>();
            for (String tag : TagTopics.tags(row.get("Tags"))) {
                TagTopics.topic(tag).ifPresent(topics::add);
            }
            String title = row.get("Title");
            return new NewQuestion(questionKey(id), "https://" + site + "/q/" + id, communityId,
                    author(row.get("OwnerUserId"), row.get("OwnerDisplayName")),
                    title == null || title.isBlank() ? "(untitled " + id + ")" : title,
                    row.getOrDefault("Body", ""), integerOr(row.get("Score"), 0), answers, state,
                    duplicate ? CloseReason.DUPLICATE.id() : null, duplicate ? duplicateMarkedAt.get(id) : null,
                    List.copyOf(topics), created, dateOr(row.get("LastEditDate"), created),
                    dateOr(row.get("LastActivityDate"), created));
        }

        private int writeAnswers() {
            Batches<Map<String, String>> batches = new Batches<>(rows -> {
                List<NewAnswer> batch = new ArrayList<>();
                for (Map<String, String> row : rows) {
                    int id = Integer.parseInt(row.get("Id"));
                    int question = answerQuestion.get(id);
                    Instant created = date(row.get("CreationDate"));
                    batch.add(new NewAnswer(answerKey(id), "https://" + site + "/a/" + id, questionIds.get(question),
                            communityId, author(row.get("OwnerUserId"), row.get("OwnerDisplayName")),
                            row.getOrDefault("Body", ""), integerOr(row.get("Score"), 0),
                            Integer.valueOf(id).equals(acceptedAnswer.get(question)), created,
                            dateOr(row.get("LastEditDate"), created)));
                }
                Saved saved = transactions.inTransaction(() -> dao.saveAnswers(batch, importedAt));
                rows.forEach(row -> {
                    int id = Integer.parseInt(row.get("Id"));
                    answerIds.put(id, saved.ids().get(answerKey(id)));
                });
                progress.written(StackExchangeDump.POSTS, saved.inserted());
                afterBatch.run();
                return saved.inserted();
            });
            stream(StackExchangeDump.POSTS, row -> {
                Integer id = integer(row.get("Id"));
                if (ANSWER.equals(row.get("PostTypeId")) && id != null && answerQuestion.containsKey(id)
                        && questionIds.get(answerQuestion.get(id)) != null) {
                    batches.add(row);
                }
            });
            return batches.finish();
        }

        private int writeComments() {
            progress.phase("comments");
            Batches<NewComment> batches = new Batches<>(batch -> {
                int inserted = transactions.inTransaction(() -> dao.saveComments(batch));
                progress.written(StackExchangeDump.COMMENTS, inserted);
                afterBatch.run();
                return inserted;
            });
            stream(StackExchangeDump.COMMENTS, row -> {
                Integer id = integer(row.get("Id"));
                Integer post = integer(row.get("PostId"));
                if (id == null || post == null) {
                    return;
                }
                String postType;
                Integer postId;
                Integer questionId;
                if (questionIds.containsKey(post)) {
                    postType = "question";
                    postId = questionIds.get(post);
                    questionId = postId;
                } else if (answerIds.containsKey(post)) {
                    postType = "answer";
                    postId = answerIds.get(post);
                    questionId = questionIds.get(answerQuestion.get(post));
                } else {
                    return;
                }
                batches.add(new NewComment("stackexchange:" + site + ":c:" + id, postType, postId, questionId,
                        communityId, author(row.get("UserId"), row.get("UserDisplayName")),
                        row.getOrDefault("Text", ""), date(row.get("CreationDate"))));
            });
            return batches.finish();
        }

        private String questionKey(int id) {
            return "stackexchange:" + site + ":q:" + id;
        }

        private String answerKey(int id) {
            return "stackexchange:" + site + ":a:" + id;
        }
    }

    /** Collects items and hands them on {@value #BATCH_SIZE} at a time. */
    private static final class Batches<T> {

        interface Writer<T> {
            int write(List<T> batch);
        }

        private final Writer<T> writer;
        private List<T> pending = new ArrayList<>();
        private int written;

        Batches(Writer<T> writer) {
            this.writer = writer;
        }

        void add(T item) {
            pending.add(item);
            if (pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        int finish() {
            flush();
            return written;
        }

        private void flush() {
            if (!pending.isEmpty()) {
                List<T> batch = pending;
                pending = new ArrayList<>();
                written += writer.write(batch);
            }
        }
    }

    static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integerOr(String value, int otherwise) {
        Integer parsed = integer(value);
        return parsed == null ? otherwise : parsed;
    }

    /** Dump dates are UTC without a zone, e.g. {@code 2015-01-27T20:09:32.720}. */
    static Instant date(String value) {
        return dateOr(value, Instant.EPOCH);
    }

    private static Instant dateOr(String value, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException ignored) {
                return otherwise;
            }
        }
    }
}
