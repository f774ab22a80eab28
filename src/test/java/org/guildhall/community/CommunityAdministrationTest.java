package org.guildhall.community;

import org.guildhall.admin.CommunityCreation;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.Spaces;
import org.guildhall.platform.Transactions;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class CommunityAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    private final CommunityDao dao = mock(CommunityDao.class);
    private final Spaces spaces = mock(Spaces.class);
    private final SpacePermissions permissions = mock(SpacePermissions.class);
    private final Clock clock = mock(Clock.class);
    private final FoundingOwner foundingOwner = mock(FoundingOwner.class);
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            transactionsRun++;
            return work.get();
        }

        @Override
        public <T> T inTransactionRetryingOnConflict(Supplier<T> work) {
            return inTransaction(work);
        }
    };
    private final KnownTopics knownTopics = mock(KnownTopics.class);
    private final CommunityCreation creation = mock(CommunityCreation.class);
    private int transactionsRun;
    private CommunityAdministration administration;

    @Before
    public void setUp() {
        when(creation.allowsCurrentUser()).thenReturn(true);
        administration = new CommunityAdministration(dao, spaces, permissions, transactions, clock, foundingOwner,
                knownTopics, creation);
        when(clock.now()).thenReturn(NOW);
        when(spaces.find("COFFEE")).thenReturn(Optional.of(new Spaces.SpaceSummary("COFFEE", "Coffee")));
        when(permissions.canView("COFFEE")).thenReturn(true);
        when(permissions.canAdminister("COFFEE")).thenReturn(true);
    }

    @Test
    public void saveSettings_savesTrimmedSettingsInOneTransaction() {
        administration.saveSettings("COFFEE", "  Coffee lovers ", " Beans ");

        verify(dao).save("COFFEE", new CommunitySettings("Coffee lovers", "Beans", Visibility.OPEN), NOW);
        assertThat(transactionsRun, is(1));
    }

    @Test
    public void saveSettings_refusesSomeoneWhoViewsButDoesNotAdministerTheSpace() {
        when(permissions.canAdminister("COFFEE")).thenReturn(false);

        assertThrows(GuildhallException.AccessDenied.class,
                () -> administration.saveSettings("COFFEE", "Coffee", ""));
        verifyNoInteractions(dao);
    }

    @Test
    public void saveSettings_refusesANewCommunityWhenCreationIsRestrictedToAGroupTheCallerIsNotIn() {
        when(creation.allowsCurrentUser()).thenReturn(false);
        when(dao.findBySpaceKey("COFFEE")).thenReturn(Optional.empty());

        GuildhallException.AccessDenied refused = assertThrows(GuildhallException.AccessDenied.class,
                () -> administration.saveSettings("COFFEE", "Coffee", ""));
        assertThat(refused.messageKey(), is("guildhall.error.community.creation-restricted"));
        verify(dao, never()).save(anyString(), any(), any());
    }

    @Test
    public void saveSettings_treatsASpaceTheCallerMayNotViewAsMissing() {
        when(permissions.canView("COFFEE")).thenReturn(false);

        assertThrows(GuildhallException.NotFound.class, () -> administration.saveSettings("COFFEE", "Coffee", ""));
        verifyNoInteractions(dao);
    }

    @Test
    public void saveSettings_reportsAnUnknownSpaceAsNotFound() {
        when(spaces.find(anyString())).thenReturn(Optional.empty());

        assertThrows(GuildhallException.NotFound.class, () -> administration.saveSettings("NOPE", "Name", ""));
    }

    @Test
    public void saveSettings_namesEachInvalidFieldAndSavesNothing() {
        GuildhallException invalid = assertThrows(GuildhallException.InvalidInput.class,
                () -> administration.saveSettings("COFFEE", "   ", "x".repeat(10_001)));

        assertThat(invalid.fieldErrorKeys(), hasEntry("name", "guildhall.error.name.required"));
        assertThat(invalid.fieldErrorKeys(), hasEntry("description", "guildhall.error.description.too-long"));
        verify(dao, never()).save(anyString(), any(), any());
    }

    @Test
    public void saveSettings_rejectsANameLongerThan255Characters() {
        GuildhallException invalid = assertThrows(GuildhallException.InvalidInput.class,
                () -> administration.saveSettings("COFFEE", "n".repeat(256), ""));

        assertThat(invalid.fieldErrorKeys(), hasEntry("name", "guildhall.error.name.too-long"));
    }

    @Test
    public void saveSettings_acceptsAMissingDescription() {
        administration.saveSettings("COFFEE", "Coffee", null);

        verify(dao).save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN), NOW);
    }

    @Test
    public void disable_turnsTheCommunityOff() {
        when(dao.disable("COFFEE", NOW)).thenReturn(true);

        administration.disable("COFFEE");

        verify(dao).disable("COFFEE", NOW);
    }

    @Test
    public void disable_reportsASpaceThatIsNoCommunityAsNotFound() {
        when(dao.disable("COFFEE", NOW)).thenReturn(false);

        assertThrows(GuildhallException.NotFound.class, () -> administration.disable("COFFEE"));
    }

    @Test
    public void disable_refusesNonAdministrators() {
        when(permissions.canAdminister("COFFEE")).thenReturn(false);

        assertThrows(GuildhallException.AccessDenied.class, () -> administration.disable("COFFEE"));
        verifyNoInteractions(dao);
    }

    @Test
    public void saveSettings_replacesTopicsNormalisedAndWithoutRepeatsInTheSameTransaction() {
        administration.saveSettings("COFFEE", "Coffee", "", List.of(" Espresso ", "cold brew", "espresso", "Cold_Brew"), null);

        verify(dao).save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN,
                Optional.of(List.of("espresso", "cold-brew"))), NOW);
        assertThat(transactionsRun, is(1));
    }

    @Test
    public void saveSettings_makesTheCommunitysTopicsKnownTopicsSoTheyCanBeUsedAtOnce() {
        administration.saveSettings("COFFEE", "Coffee", "", List.of(" Espresso ", "cold brew"), null);

        verify(knownTopics).register(List.of("espresso", "cold-brew"), NOW);
    }

    @Test
    public void saveSettings_leavesTopicsAsTheyAreWhenNoneAreGiven() {
        administration.saveSettings("COFFEE", "Coffee", "", null, null);

        verify(dao).save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN, Optional.empty()), NOW);
        verifyNoInteractions(knownTopics);
    }

    @Test
    public void saveSettings_removesAllTopicsForAnEmptyList() {
        administration.saveSettings("COFFEE", "Coffee", "", List.of(), null);

        verify(dao).save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN, Optional.of(List.of())), NOW);
    }

    @Test
    public void saveSettings_rejectsTopicsThatAreNotShortLabelsNamingTheFieldAndSavesNothing() {
        for (String bad : new String[]{"", "  ", "t".repeat(41), "c++", "<script>", "a--b", "-lead", "café;drop", "emoji☕"}) {
            GuildhallException invalid = assertThrows(bad, GuildhallException.InvalidInput.class,
                    () -> administration.saveSettings("COFFEE", "Coffee", "", List.of("espresso", bad), null));
            assertThat(bad, invalid.fieldErrorKeys(), hasEntry("topics", "guildhall.error.topics.invalid"));
        }
        verify(dao, never()).save(anyString(), any(), any());
    }

    @Test
    public void saveSettings_rejectsANullTopic() {
        List<String> withNull = new java.util.ArrayList<>(List.of("espresso"));
        withNull.add(null);

        GuildhallException invalid = assertThrows(GuildhallException.InvalidInput.class,
                () -> administration.saveSettings("COFFEE", "Coffee", "", withNull, null));

        assertThat(invalid.fieldErrorKeys(), hasEntry("topics", "guildhall.error.topics.invalid"));
    }

    @Test
    public void saveSettings_acceptsTenTopicsButNotEleven() {
        List<String> ten = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "topic-" + i).toList();
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "topic-" + i).toList();

        administration.saveSettings("COFFEE", "Coffee", "", ten, null);
        GuildhallException invalid = assertThrows(GuildhallException.InvalidInput.class,
                () -> administration.saveSettings("COFFEE", "Coffee", "", eleven, null));

        assertThat(invalid.fieldErrorKeys(), hasEntry("topics", "guildhall.error.topics.too-many"));
    }

    @Test
    public void saveSettings_acceptsFortyCharacterTopicsAndLettersBeyondAscii() {
        administration.saveSettings("COFFEE", "Coffee", "", List.of("t".repeat(40), "Kaffee-Rösten", "ml2"), null);

        verify(dao).save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN,
                Optional.of(List.of("t".repeat(40), "kaffee-rösten", "ml2"))), NOW);
    }
}
