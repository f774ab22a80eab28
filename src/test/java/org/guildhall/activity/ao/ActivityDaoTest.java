package org.guildhall.activity.ao;

import org.guildhall.activity.ActivityEntry;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.NewActivity;
import org.guildhall.activity.StreamFilter;
import org.guildhall.activity.StreamFilter.Followed;
import org.guildhall.activity.StreamPosition;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.guildhall.activity.ActivityFixture.asked;
import static org.guildhall.activity.ActivityFixture.pageCreated;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

/**
 * The stream's one query on H2, PostgreSQL and MariaDB: newest first with exact keyset paging, every filter in the
 * query (the reader's communities too), pages full of what the reader may see.
 */
public class ActivityDaoTest extends ActiveObjectsTest {

    private ActivityDao dao;

    @Before
    public void dao() {
        dao = new ActivityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    @Test
    public void pagesGoNewestFirst_withoutGapsOrRepeats_evenWhenEntriesShareATime() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Three entries per second: ties on the time are broken by the id.
            ids.add(dao.insert(asked(1 + i % 2, "key-ana", 100 + i, i / 3)));
        }
        List<Long> expected = ids.stream().sorted(Comparator.reverseOrder()).toList();

        List<Long> read = new ArrayList<>();
        Optional<StreamPosition> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            List<ActivityEntry> entries = dao.read(filter(Set.of(1L, 2L)), after, 5);
            entries.forEach(entry -> read.add(entry.id()));
            if (entries.isEmpty()) {
                break;
            }
            after = Optional.of(entries.get(entries.size() - 1).position());
        }

        assertThat(read, is(expected));
    }

    @Test
    public void entriesOfCommunitiesOutsideTheFilterAreNeverRead_andThePageIsStillFull() {
        for (int i = 0; i < 30; i++) {
            dao.insert(asked(i % 3 == 0 ? 7 : 8, "key-ana", 200 + i, i));
        }

        List<ActivityEntry> page = dao.read(filter(Set.of(7L)), Optional.empty(), 6);

        assertThat(page.size(), is(6));
        assertThat(page.stream().map(ActivityEntry::communityId).toList(), everyItem(is(7L)));
        assertThat(page.get(0).questionId(), is(227L));
    }

    @Test
    public void filtersByPersonKindAndTopic() {
        dao.insert(asked(1, "key-ana", 1, 1, "espresso", "milk"));
        dao.insert(asked(1, "key-ben", 2, 2, "espresso"));
        dao.insert(asked(1, "key-ana", 3, 3, "tea"));
        dao.insert(pageCreated(1, "key-ana", 900, 4));

        assertThat(questionIds(new StreamFilter(Set.of(1L), Set.of("key-ana"), Set.of(), Set.of(), Optional.empty())),
                contains(900L, 3L, 1L));
        assertThat(questionIds(new StreamFilter(Set.of(1L), Set.of(), Set.of("espresso"), Set.of(),
                Optional.empty())), contains(2L, 1L));
        assertThat(questionIds(new StreamFilter(Set.of(1L), Set.of("key-ana"), Set.of("espresso", "tea"),
                Set.of(ActivityKind.QUESTION_ASKED), Optional.empty())), contains(3L, 1L));
        assertThat(questionIds(new StreamFilter(Set.of(1L), Set.of(), Set.of(), Set.of(ActivityKind.PAGE_CREATED),
                Optional.empty())), contains(900L));
    }

    @Test
    public void followingMatchesAFollowedCommunityPersonQuestionOrTopic() {
        dao.insert(asked(1, "key-ana", 1, 1));
        dao.insert(asked(2, "key-ben", 2, 2));
        dao.insert(asked(2, "key-cid", 3, 3));
        dao.insert(asked(2, "key-dee", 4, 4, "espresso"));
        dao.insert(asked(2, "key-eve", 5, 5));

        Followed followed = new Followed(Set.of(1L), Set.of("key-ben"), Set.of(3L), Set.of("espresso"));
        List<Long> found = questionIds(new StreamFilter(Set.of(1L, 2L), Set.of(), Set.of(), Set.of(),
                Optional.of(followed)));

        assertThat(found, contains(4L, 3L, 2L, 1L));
    }

    @Test
    public void aReaderWithMoreCommunitiesThanOneInListHoldsIsServedByOneQuery() {
        dao.insert(asked(1_100, "key-ana", 1, 1));
        dao.insert(asked(5_000, "key-ana", 2, 2));
        Set<Long> many = LongStream.rangeClosed(1, 1_200).boxed().collect(Collectors.toSet());

        assertThat(questionIds(filter(many)), contains(1L));
    }

    @Test
    public void aReaderWhoSeesNoCommunityReadsNothing() {
        dao.insert(asked(1, "key-ana", 1, 1));

        assertThat(dao.read(filter(Set.of()), Optional.empty(), 10), is(empty()));
    }

    @Test
    public void storesWhatItWasGiven() {
        NewActivity page = pageCreated(3, "key-ana", 77, 9);
        long id = dao.insert(page);

        ActivityEntry read = dao.read(filter(Set.of(3L)), Optional.empty(), 1).get(0);

        assertThat(read, is(new ActivityEntry(id, 3, ActivityKind.PAGE_CREATED, "key-ana", "page", "77", null, 77L,
                "Page 77", "", "/pages/viewpage.action?pageId=77", page.occurredAt(), "page-created:77")));
    }

    private List<Long> questionIds(StreamFilter filter) {
        return dao.read(filter, Optional.empty(), 50).stream()
                .map(entry -> entry.questionId() != null ? entry.questionId() : entry.contentId()).toList();
    }

    private static StreamFilter filter(Set<Long> communities) {
        return new StreamFilter(communities, Set.of(), Set.of(), Set.of(), Optional.empty());
    }
}
