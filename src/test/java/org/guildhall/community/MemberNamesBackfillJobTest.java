package org.guildhall.community;

import com.atlassian.scheduler.SchedulerService;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Memberships stored before the name index existed become searchable after the start-up backfill. */
public class MemberNamesBackfillJobTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final People people = mock(People.class);
    private final Map<String, Person> directory = List.of(
                    new Person("key-ann", "ann", "Ann Archer"),
                    new Person("key-bo", "bo", "Bo Baker"))
            .stream().collect(Collectors.toMap(Person::userKey, Function.identity()));
    private MembershipDao memberships;
    private MemberNameTokenDao tokens;
    private MemberNamesBackfillJob job;
    private Community club;

    @Before
    public void membershipsWithoutNameWords() {
        memberships = new MembershipDao(ao);
        tokens = new MemberNameTokenDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        club = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao))
                .save("CLUB", new CommunitySettings("Club", "", Visibility.OPEN), NOW);
        when(people.findAll(any())).thenAnswer(call -> ((Collection<String>) call.getArgument(0)).stream()
                .filter(directory::containsKey).collect(Collectors.toMap(Function.identity(), directory::get)));
        job = new MemberNamesBackfillJob(mock(SchedulerService.class), tokens, people, new ActiveObjectsTransactions(ao),
                mock(AccessMode.class));
        for (String userKey : List.of("key-ann", "key-bo", "key-gone")) {
            memberships.insert(club.id(), userKey, MembershipRole.MEMBER, MembershipState.MEMBER, userKey, "", NOW);
        }
    }

    @Test
    public void backfill_storesTheNameWordsOfEveryResolvableMember_andASecondRunFindsNothingNew() {
        int indexed = job.backfill();

        assertThat(indexed, is(2));
        assertThat(find("arch"), contains("key-ann"));
        assertThat(find("bo"), contains("key-bo"));
        assertThat(job.backfill(), is(0));
    }

    @Test
    public void backfill_leavesMembersWhoAlreadyHaveWordsAlone() {
        tokens.replace(club.id(), "key-ann", MembershipState.MEMBER, List.of("annie"));

        job.backfill();

        assertThat(find("annie"), contains("key-ann"));
        assertThat(find("archer"), is(List.of()));
    }

    private List<String> find(String word) {
        return tokens.findUserKeys(club.id(), MembershipState.MEMBER, Optional.empty(), List.of(word),
                Optional.empty(), 10);
    }
}
