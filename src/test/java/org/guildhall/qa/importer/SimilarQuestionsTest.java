package org.guildhall.qa.importer;

import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.community.Community;
import org.guildhall.community.Visibility;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.importer.ao.ImportDao.NewQuestion;
import org.guildhall.qa.importer.ao.ImportDao;
import org.guildhall.qa.importer.ao.SimilarQuestionsDao;
import org.guildhall.testing.DescriptorEntities;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.guildhall.workbench.jdbc.StatementCountingDriver;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The similar-question service on a database of its own (H2 through a statement-counting driver): permission scoping,
 * catching up with questions another node wrote or deleted, rebuilds, and a constant number of statements per request.
 */
public class SimilarQuestionsTest {

    private static final String OPEN = "SQOPEN";
    private static final String HIDDEN = "SQHIDDEN";
    private static EntityManagerActiveObjects ao;
    private static int openId;
    private static int hiddenId;

    private final SpacePermissions permissions = mock(SpacePermissions.class);
    private SimilarQuestions similar;

    @BeforeClass
    public static void importCoffee() throws SQLException, IOException {
        System.setProperty("qa.similar.pollMillis", "200");
        AoDatabase database = AoDatabase.h2Memory("similar_questions_test");
        // false when another test of this JVM wrapped the H2 driver already; counting works either way
        StatementCountingDriver.install(database.url());
        ao = new EntityManagerActiveObjects(database.entityManager());
        @SuppressWarnings("unchecked")
        Class<? extends net.java.ao.Entity>[] entities = DescriptorEntities.all().toArray(new Class[0]);
        ao.migrate(entities);
        CommunityDao communities = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        Instant now = Instant.now();
        ao.executeInTransaction(() -> {
            communities.insertAll(List.of(
                    new Community(0, OPEN, "Open coffee", "", Visibility.OPEN, 1, true, now, now),
                    new Community(0, HIDDEN, "Hidden coffee", "", Visibility.PRIVATE, 1, true, now, now)));
            return null;
        });
        openId = (int) communities.findBySpaceKey(OPEN).orElseThrow().id();
        hiddenId = (int) communities.findBySpaceKey(HIDDEN).orElseThrow().id();
        StackExchangeImporter importer = new StackExchangeImporter(new ImportDao(ao), new ActiveObjectsTransactions(ao),
                new Clock(), new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao)));
        try (StackExchangeDump dump = StackExchangeDump.folder(SampleDumps.folder(SampleDumps.COFFEE), null)) {
            importer.importDump(dump, openId, new ImportProgress(), () -> { });
        }
    }

    @AfterClass
    public static void close() {
        System.clearProperty("qa.similar.pollMillis");
        ao.entityManager().getProvider().dispose();
    }

    @Before
    public void readerSeesOnlyTheOpenCommunity() {
        when(permissions.canView(anyString())).thenReturn(false);
        when(permissions.canView(OPEN)).thenReturn(true);
        similar = new SimilarQuestions(new SimilarQuestionsDao(ao), new VisibleCommunities(new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao)), permissions),
                new Clock());
    }

    @org.junit.After
    public void stopPoller() {
        similar.stop();
    }

    @Test
    public void suggestsTheImportedQuestionWhoseTitleIsLikeTheTypedOne() {
        List<SimilarQuestion> found = similar.similar("best way to store coffee beans", null, 5);

        assertThat(titles(found), hasItem("How should I store whole bean coffee?"));
        assertThat(found.size(), lessThanOrEqualTo(5));
    }

    @Test
    public void neverSuggestsQuestionsOfACommunityTheReaderMayNotSee() throws InterruptedException {
        int secret = insert(hiddenId, "Secret storage of whole bean coffee");
        similar.rebuild();

        assertThat(titles(similar.similar("storage of whole bean coffee", null, 5)),
                not(hasItem("Secret storage of whole bean coffee")));
        when(permissions.canView(HIDDEN)).thenReturn(true);
        assertThat(titles(similar.similar("Secret storage of whole bean coffee", null, 5)).get(0),
                is("Secret storage of whole bean coffee"));
        delete(secret);
    }

    @Test
    public void aQuestionAnotherNodeWroteAppearsWithinThePollWindowAndDisappearsWhenDeleted() throws Exception {
        similar.similar("warm up the index", null, 1);
        int written = insert(openId, "Zanzibar peaberry fermentation mystery");

        String title = "Zanzibar peaberry fermentation mystery";
        assertThat(eventually(() -> titles(similar.similar("zanzibar peaberry", null, 5)),
                titles -> titles.contains(title)).get(0), is(title));
        delete(written);
        assertThat(titles(similar.similar("zanzibar peaberry", null, 5)), not(hasItem(title)));
        assertThat(eventually(similar::indexedQuestions, size -> size == 225), is(225));
    }

    @Test
    public void aRebuildGivesTheSameSuggestionsAsCatchingUp() {
        List<SimilarQuestion> before = similar.similar("espresso grind size", null, 5);

        similar.rebuild();

        assertThat(similar.similar("espresso grind size", null, 5), is(before));
    }

    @Test
    public void runsTheSameSmallNumberOfStatementsWhateverTheTitleAndLimit() {
        System.setProperty("qa.similar.pollMillis", "600000");
        try {
            SimilarQuestions quiet = new SimilarQuestions(new SimilarQuestionsDao(ao),
                    new VisibleCommunities(new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao)), permissions), new Clock());
            quiet.similar("coffee", null, 5);
            List<Long> counts = new ArrayList<>();
            for (String title : List.of("coffee", "how to store whole beans", "espresso machine pressure",
                    "milk foam for latte art", "why is my coffee bitter")) {
                for (int limit = 1; limit <= 5; limit += 2) {
                    long before = StatementCountingDriver.statementsExecutedByRequests();
                    quiet.similar(title, null, limit);
                    counts.add(StatementCountingDriver.statementsExecutedByRequests() - before);
                }
            }
            quiet.stop();
            // the visible communities (two statements: rows, topics) and the candidate rows
            assertThat(counts, everyItem(is(3L)));
        } finally {
            System.setProperty("qa.similar.pollMillis", "200");
        }
    }

    private static List<String> titles(List<SimilarQuestion> questions) {
        return questions.stream().map(SimilarQuestion::title).toList();
    }

    /** @return the first value that passes, or the last one after 10 seconds */
    private static <T> T eventually(java.util.function.Supplier<T> value, java.util.function.Predicate<T> done)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        T last = value.get();
        while (!done.test(last) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    /** Writes a question as another node would: straight into the table. */
    private static int insert(int communityId, String title) {
        Instant now = Instant.now();
        String key = "test:" + title;
        return ao.executeInTransaction(() -> new ImportDao(ao).saveQuestions(List.of(new NewQuestion(key, null,
                communityId, null, title, "<p>" + title + "</p>", 0, 0, "unanswered", null, null, List.of(), now, now,
                now)), now).ids().get(key));
    }

    private static void delete(int id) {
        ao.executeInTransaction(() -> {
            QuestionEntity question = ao.get(QuestionEntity.class, id);
            question.setDeleted(true);
            question.setUpdatedAt(new Date());
            question.save();
            return null;
        });
    }
}
