package org.guildhall.expertise;

import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.EvidenceDao.TopicScore;
import org.guildhall.platform.Clock;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class TopicCandidatesTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    private final EvidenceDao evidenceDao = mock(EvidenceDao.class);
    private final Clock clock = mock(Clock.class);
    private final TopicCandidates candidates = new TopicCandidates(evidenceDao, clock);

    @Before
    public void evidence() {
        when(clock.now()).thenReturn(T0);
        when(evidenceDao.rankTopic(eq("espresso"), any(), anyInt())).thenReturn(List.of(
                new TopicScore("ann", "espresso", 10), new TopicScore("bob", "espresso", 5)));
        when(evidenceDao.sumPerCommunity(anyCollection(), anyCollection())).thenReturn(List.of(
                cell("ann", 1, 6, 2), cell("ann", 2, 4, 1), cell("bob", 2, 5, 3)));
    }

    @Test
    public void twoReaders_shareOneRead_butEachCountsOnlyTheCommunitiesTheyMaySee() {
        Set<Long> firstWithWork = new HashSet<>();
        List<RankedPerson> first = candidates.read("espresso", Optional.empty(), 40).sumFor(Set.of(1L), firstWithWork);
        Set<Long> secondWithWork = new HashSet<>();
        List<RankedPerson> second = candidates.read("espresso", Optional.empty(), 40)
                .sumFor(Set.of(2L, 3L), secondWithWork);

        assertThat(first, contains(new RankedPerson("ann", 6, 0, 2, 0, 0)));
        assertThat(firstWithWork, contains(1L));
        assertThat(second, containsInAnyOrder(new RankedPerson("ann", 4, 0, 1, 0, 0),
                new RankedPerson("bob", 5, 0, 3, 0, 0)));
        assertThat(secondWithWork, contains(2L));
        verify(evidenceDao, times(1)).rankTopic(eq("espresso"), any(), anyInt());
    }

    @Test
    public void aChangeToTheTopicOnThisNode_isReadAgainAtOnce() {
        when(evidenceDao.changesOf("espresso")).thenReturn(0L, 1L);

        candidates.read("espresso", Optional.empty(), 40);
        candidates.read("espresso", Optional.empty(), 40);

        verify(evidenceDao, times(2)).rankTopic(eq("espresso"), any(), anyInt());
    }

    @Test
    public void aRead_isKeptForJustUnderMaxAge_andReadAgainOnceThatHasPassed() {
        candidates.read("espresso", Optional.empty(), 40);
        when(clock.now()).thenReturn(T0.plusSeconds(TopicCandidates.MAX_AGE_SECONDS).minusMillis(1));
        candidates.read("espresso", Optional.empty(), 40);
        verify(evidenceDao, times(1)).rankTopic(eq("espresso"), any(), anyInt());

        when(clock.now()).thenReturn(T0.plusSeconds(TopicCandidates.MAX_AGE_SECONDS));
        TopicCandidates.Read again = candidates.read("espresso", Optional.empty(), 40);

        verify(evidenceDao, times(2)).rankTopic(eq("espresso"), any(), anyInt());
        assertThat(again.readAt(), is(T0.plusSeconds(TopicCandidates.MAX_AGE_SECONDS)));
    }

    @Test
    public void aReadFromTheFuture_afterTheClockWasSetBack_isReadAgain() {
        when(clock.now()).thenReturn(T0.plusSeconds(60));
        candidates.read("espresso", Optional.empty(), 40);

        when(clock.now()).thenReturn(T0);
        candidates.read("espresso", Optional.empty(), 40);

        verify(evidenceDao, times(2)).rankTopic(eq("espresso"), any(), anyInt());
    }

    @Test
    public void oneCommunity_countsOnlyThatCommunitysCells() {
        List<RankedPerson> people = candidates.read("espresso", Optional.of(2L), 40)
                .sumFor(Set.of(1L, 2L), new HashSet<>());

        assertThat(people.size(), is(2));
        assertThat(people, containsInAnyOrder(new RankedPerson("ann", 4, 0, 1, 0, 0),
                new RankedPerson("bob", 5, 0, 3, 0, 0)));
    }

    private static ScoreCell cell(String person, long community, double weighted, int answers) {
        return new ScoreCell(person, null, community, weighted, weighted, answers, 0, answers, 0, 0);
    }
}
