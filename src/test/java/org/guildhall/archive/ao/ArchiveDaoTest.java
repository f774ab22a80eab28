package org.guildhall.archive.ao;

import org.guildhall.archive.ao.ArchiveDao.AnswerRow;
import org.guildhall.archive.ao.ArchiveDao.CommentRow;
import org.guildhall.archive.ao.ArchiveDao.EndorsementRow;
import org.guildhall.archive.ao.ArchiveDao.MemberRow;
import org.guildhall.archive.ao.ArchiveDao.QuestionPosition;
import org.guildhall.archive.ao.ArchiveDao.QuestionRow;
import org.guildhall.archive.ao.ArchiveDao.RevisionRow;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

public class ArchiveDaoTest extends ActiveObjectsTest {

    private static final Instant T1 = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-01-02T10:00:00Z");

    private ArchiveDao dao;
    private int communityId;

    @Before
    public void createCommunity() {
        dao = new ArchiveDao(ao);
        communityId = dao.ensureCommunity("ARCH", "Archive", "About things", "OPEN", true, T1, T1, T1,
                List.of("milk"), "archive\nabout things");
    }

    @Test
    public void ensureCommunity_keepsAnExistingCommunityAsItIs() {
        int again = dao.ensureCommunity("ARCH", "Other name", null, "REQUEST", false, T2, T2, T2, List.of(), "x");

        assertThat(again, is(communityId));
        assertThat(dao.communityExists("ARCH"), is(true));
        assertThat(dao.communityExists("NONE"), is(false));
    }

    @Test
    public void questions_arePagedByCreationThenKey_whateverTheirIds() {
        insertQuestion("local:c", T2, List.of("espresso"));
        insertQuestion("local:b", T1, List.of("milk", "espresso"));
        insertQuestion("local:a", T2, List.of());

        List<String> keys = new ArrayList<>();
        Optional<QuestionPosition> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            List<QuestionRow> rows = dao.questions(communityId, after, 2);
            rows.forEach(row -> keys.add(row.key()));
            if (rows.size() < 2) {
                break;
            }
            QuestionRow last = rows.get(rows.size() - 1);
            after = Optional.of(new QuestionPosition(last.createdAt(), last.key()));
        }

        assertThat(keys, contains("local:b", "local:a", "local:c"));
        assertThat(dao.questions(communityId, Optional.empty(), 1).get(0).topics(), contains("espresso", "milk"));
        assertThat(new ArrayList<>(dao.topicNames(communityId)), contains("espresso", "milk"));
    }

    @Test
    public void postParts_areInsertedOncePerStableKey() {
        int questionId = insertQuestion("local:q", T1, List.of());
        int answerId = dao.insertAnswer(communityId, questionId, new AnswerRow(0, questionId, "local:a", null,
                Optional.empty(), "An answer", 1, true, "wb-key-alice", T2, false, null, null, 1, T2), null,
                "wb-key-bob", T2);
        dao.linkAcceptedAnswer(questionId, answerId);

        assertThat(dao.insertVote(communityId, "answer", answerId, "wb-key-alice", 1, T2, T2), is(true));
        assertThat(dao.insertVote(communityId, "answer", answerId, "wb-key-alice", -1, T2, T2), is(false));
        RevisionRow revision = new RevisionRow("answer", answerId, 1, null, "An answer", null, Optional.empty(), T2);
        assertThat(dao.insertRevision("answer", answerId, revision, null, "wb-key-bob"), is(true));
        assertThat(dao.insertRevision("answer", answerId, revision, null, "wb-key-bob"), is(false));
        CommentRow comment = new CommentRow("answer", answerId, questionId, "local:c", Optional.empty(), "Thanks",
                false, T2);
        assertThat(dao.insertComment(communityId, "answer", answerId, questionId, comment, null, "wb-key-alice"),
                is(true));
        assertThat(dao.insertComment(communityId, "answer", answerId, questionId, comment, null, "wb-key-alice"),
                is(false));
        EndorsementRow endorsement = new EndorsementRow("wb-key-bob", "wb-key-carol", "milk", "answer", answerId, T2);
        assertThat(dao.insertEndorsement(communityId, endorsement), is(true));
        assertThat(dao.insertEndorsement(communityId, endorsement), is(false));

        assertThat(dao.answers(List.of(questionId)).get(0).accepted(), is(true));
        assertThat(dao.votes("answer", List.of(answerId)).get(0).value(), is(1));
        assertThat(dao.revisions("answer", List.of(answerId)).size(), is(1));
        assertThat(dao.comments(List.of(questionId)).get(0).key(), is("local:c"));
        assertThat(dao.endorsements(communityId, "", 10).get(0).evidenceId(), is((long) answerId));
        assertThat(dao.questions(communityId, Optional.empty(), 10).get(0).acceptedAnswerId(), is(answerId));
        assertThat(dao.answerKeys(List.of(answerId)).get(answerId), is("local:a"));
    }

    @Test
    public void members_arePagedByUserKey_andCounted() {
        for (String userKey : List.of("wb-key-c", "wb-key-a", "wb-key-b")) {
            assertThat(dao.addMember(communityId, new MemberRow(userKey, "MEMBER", "MEMBER", userKey, null, T1, T1)),
                    is(true));
        }
        assertThat(dao.addMember(communityId, new MemberRow("wb-key-a", "OWNER", "MEMBER", "x", null, T1, T1)),
                is(false));

        dao.recountMembers(communityId, "MEMBER");

        assertThat(dao.members(communityId, "", 2).stream().map(MemberRow::userKey).toList(),
                contains("wb-key-a", "wb-key-b"));
        assertThat(dao.members(communityId, "wb-key-b", 2).stream().map(MemberRow::userKey).toList(),
                contains("wb-key-c"));
    }

    private int insertQuestion(String key, Instant createdAt, List<String> topics) {
        return dao.insertQuestion(communityId, new QuestionRow(0, key, null, Optional.empty(), "Title " + key,
                "Body", 0, 0, null, "unanswered", null, null, null, null, false, null, null, 1, createdAt, createdAt,
                topics), null, "wb-key-alice", T2);
    }
}
