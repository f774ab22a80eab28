package org.guildhall.activity;

import org.guildhall.activity.ActivityStream.StreamPage;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.activity.ao.ActivityDao;
import org.guildhall.activity.ao.FollowDao;
import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.Visibility;
import org.guildhall.platform.ContentPermissions;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.guildhall.workbench.jdbc.StatementCountingDriver;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.guildhall.activity.ActivityFixture.asked;
import static org.guildhall.activity.ActivityFixture.pageCreated;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Reading the stream on a real database through the statement- and row-counting JDBC driver: a page costs one
 * statement and reads one page plus one row however large the table; entries about pages the reader may not view are
 * left out and the page refilled with a bounded number of reads; bad input is refused before anything is read.
 */
public class ActivityStreamReadingTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private EntityManagerActiveObjects countedAo;
    private ActivityDao setupDao;
    private ActivityStream stream;
    private final Set<Long> hiddenContent = new HashSet<>();
    private final CurrentUser currentUser = mock(CurrentUser.class);

    @Before
    public void streamOnACountedConnectionPool() throws SQLException {
        StatementCountingDriver.install(database.url());
        countedAo = new EntityManagerActiveObjects(database.entityManager());
        setupDao = new ActivityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        VisibleCommunities visible = mock(VisibleCommunities.class);
        when(visible.all()).thenReturn(Map.of(1L, community(1, "ONE"), 2L, community(2, "TWO")));
        when(currentUser.userKey()).thenReturn(Optional.of("key-reader"));
        ContentPermissions contentPermissions = new ContentPermissions() {
            @Override
            public Map<Long, String> viewableTitles(Collection<Long> contentIds) {
                return contentIds.stream().filter(id -> !hiddenContent.contains(id)).distinct()
                        .collect(java.util.stream.Collectors.toMap(id -> id, id -> "Page " + id));
            }
        };
        stream = new ActivityStream(new ActivityDao(countedAo, new EntityManagerTransactionalExecutorFactory(countedAo)),
                new FollowDao(countedAo), visible, contentPermissions, currentUser);
    }

    @After
    public void closeCountedPool() throws SQLException {
        countedAo.entityManager().getProvider().dispose();
        StatementCountingDriver.uninstall(database.url());
    }

    @Test
    public void aPageIsOneStatementReadingOnePageAndOneRow_onTheFirstPageAndDeeper() {
        List<NewActivity> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(asked(1 + i % 3, "key-ana", i, i));
        }
        setupDao.insertAll(many);

        Cost first = cost(() -> stream.read(request(null, 20)));
        StreamPage firstPage = stream.read(request(null, 20));
        Cost deeper = cost(() -> stream.read(request(firstPage.nextCursor().orElseThrow(), 20)));

        assertThat(first, is(new Cost(1, 21)));
        assertThat(deeper, is(new Cost(1, 21)));
    }

    @Test
    public void entriesAboutPagesTheReaderMayNotViewAreLeftOut_andThePageIsRefilled_withoutGapsOrRepeats() {
        for (int i = 0; i < 30; i++) {
            setupDao.insert(pageCreated(1, "key-ana", 1000 + i, i));
        }
        // Four of the ten newest pages are restricted.
        hiddenContent.addAll(List.of(1029L, 1027L, 1025L, 1021L));

        Cost cost = cost(() -> stream.read(request(null, 10)));
        List<Long> shown = new ArrayList<>();
        String cursor = null;
        do {
            StreamPage page = stream.read(request(cursor, 10));
            page.groups().forEach(group -> group.entries().forEach(entry -> shown.add(entry.contentId())));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertThat(cost.statements(), is(2L));
        assertThat(cost.rows(), lessThanOrEqualTo(10L + 1 + 4 + 1));
        List<Long> expected = new ArrayList<>();
        for (long id = 1029; id >= 1000; id--) {
            if (!hiddenContent.contains(id)) {
                expected.add(id);
            }
        }
        assertThat(shown, is(expected));
        assertThat(stream.read(request(null, 10)).entryCount(), is(10));
    }

    @Test
    public void consecutiveEntriesAboutOneQuestionAreOneGroup() {
        setupDao.insert(asked(1, "key-ana", 5, 1));
        for (int i = 0; i < 3; i++) {
            setupDao.insert(new NewActivity(1, ActivityKind.QUESTION_ANSWERED, "key-p" + i, "answer", "a" + i, 5L,
                    null, "Question 5", "", "/q/5", ActivityFixture.START.plusSeconds(10 + i), "answered:5", List.of()));
        }

        StreamPage page = stream.read(request(null, 10));

        assertThat(page.groups().size(), is(2));
        assertThat(page.groups().get(0).actorKeys(), contains("key-p2", "key-p1", "key-p0"));
        assertThat(page.groups().get(1).kind(), is(ActivityKind.QUESTION_ASKED));
    }

    @Test
    public void badInputIsRefusedNamingTheField_beforeAnythingIsRead() {
        setupDao.insert(asked(1, "key-ana", 1, 1));
        String cursor = stream.read(new StreamRequest(List.of(), List.of(), List.of(), List.of(), false, null, 1))
                .nextCursor().orElse(null);
        setupDao.insert(asked(1, "key-ana", 2, 2));
        String realCursor = stream.read(request(null, 1)).nextCursor().orElseThrow();
        String raw = new String(Base64.getUrlDecoder().decode(realCursor), StandardCharsets.UTF_8);
        String[] parts = raw.split(":");
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString((parts[0] + ":" + parts[1] + ":"
                + (Long.parseLong(parts[2]) + 1) + ":" + parts[3]).getBytes(StandardCharsets.UTF_8));
        long before = StatementCountingDriver.statementsExecutedByRequests();

        assertThat(field(() -> stream.read(new StreamRequest(List.of(), List.of(), List.of(), List.of("bogus"), false,
                null, 10))), is("kind"));
        assertThat(field(() -> stream.read(request(null, 51))), is("limit"));
        assertThat(field(() -> stream.read(request(null, 0))), is("limit"));
        assertThat(field(() -> stream.read(request(tampered, 10))), is("cursor"));
        assertThat(field(() -> stream.read(request("not a cursor!", 10))), is("cursor"));
        assertThat(field(() -> stream.read(new StreamRequest(List.of(), List.of(), List.of(), List.of("page-created"),
                false, realCursor, 10))), is("cursor"));
        assertThat(field(() -> stream.read(new StreamRequest(List.of(), List.of(), List.of("not a topic!"), List.of(),
                false, null, 10))), is("topic"));
        assertThat(StatementCountingDriver.statementsExecutedByRequests(), is(before));
        assertThat(cursor, is((String) null));
    }

    @Test
    public void anAnonymousFollowingStreamIsEmpty() {
        setupDao.insert(asked(1, "key-ana", 1, 1));
        when(currentUser.userKey()).thenReturn(Optional.empty());

        assertThat(stream.read(new StreamRequest(List.of(), List.of(), List.of(), List.of(), true, null, 10)).groups(),
                is(empty()));
    }

    private static String field(Runnable call) {
        InvalidInput refused = assertThrows(InvalidInput.class, call::run);
        return String.join(",", refused.fieldErrorKeys().keySet());
    }

    private static StreamRequest request(String cursor, int limit) {
        return new StreamRequest(List.of(), List.of(), List.of(), List.of(), false, cursor, limit);
    }

    private record Cost(long statements, long rows) {
    }

    private static Cost cost(Supplier<?> read) {
        long statements = StatementCountingDriver.statementsExecutedByRequests();
        long rows = StatementCountingDriver.rowsReadByRequests();
        read.get();
        return new Cost(StatementCountingDriver.statementsExecutedByRequests() - statements,
                StatementCountingDriver.rowsReadByRequests() - rows);
    }

    private static Community community(long id, String spaceKey) {
        return new Community(id, spaceKey, spaceKey, "", Visibility.OPEN, 1, true, NOW, NOW, List.of(), NOW);
    }
}
