package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.testing.MapCacheManager;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class VisibleCommunitiesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private final CommunityDao dao = mock(CommunityDao.class);
    private final SpacePermissions permissions = mock(SpacePermissions.class);
    private final VisibleCommunities visible = new VisibleCommunities(dao, permissions);
    private final Community open = community(1, "OPEN", true);
    private final Community secret = community(2, "SECRET", true);
    private final Community off = community(3, "OFF", false);

    @Before
    public void readerMayViewOpenAndOffButNotSecret() {
        when(dao.enabledSnapshot()).thenReturn(List.of(open, secret));
        when(dao.findBySpaceKey("OPEN")).thenReturn(Optional.of(open));
        when(dao.findBySpaceKey("SECRET")).thenReturn(Optional.of(secret));
        when(dao.findBySpaceKey("OFF")).thenReturn(Optional.of(off));
        when(dao.findById(2)).thenReturn(Optional.of(secret));
        when(dao.findById(3)).thenReturn(Optional.of(off));
        when(permissions.canView("OPEN")).thenReturn(true);
        when(permissions.canView("OFF")).thenReturn(true);
    }

    @Test
    public void all_holdsOnlyEnabledCommunitiesWhoseSpaceTheReaderMayView() {
        assertThat(visible.ids(), contains(1L));
        assertThat(visible.spaceKeys(), contains("OPEN"));
    }

    @Test
    public void aCachedReader_isAskedAboutOnceUntilAPermissionChangeIsForgotten() {
        VisibleCommunities cached = cached("wb-key-ana");

        assertThat(cached.ids(), contains(1L));
        assertThat(cached.ids(), contains(1L));
        verify(permissions, times(1)).canView("SECRET");

        when(permissions.canView("SECRET")).thenReturn(true);
        assertThat(cached.ids(), contains(1L));
        cached.forgetAll();
        assertThat(cached.ids(), contains(1L, 2L));
    }

    @Test
    public void aReaderWhoLosesViewPermission_losesTheCommunityOnceTheirAnswersAreForgotten() {
        VisibleCommunities cached = cached("wb-key-ana");
        assertThat(cached.ids(), contains(1L));

        when(permissions.canView("OPEN")).thenReturn(false);
        cached.forget("wb-key-bob");
        assertThat("another reader's change keeps ana's answers", cached.ids(), contains(1L));
        cached.forget("wb-key-ana");
        assertThat(cached.ids().isEmpty(), is(true));
    }

    @Test
    public void aCommunityTurnedOffDisappearsAtOnce_andOneTurnedOnSinceIsCheckedLive() {
        VisibleCommunities cached = cached("wb-key-ana");
        assertThat(cached.ids(), contains(1L));
        Community added = community(7, "ADDED", true);
        when(permissions.canView("ADDED")).thenReturn(true);

        when(dao.enabledSnapshot()).thenReturn(List.of(secret, added));

        assertThat(cached.ids(), contains(7L));
    }

    @Test
    public void readersAreCachedApart_anonymousReadersTogether() {
        java.util.concurrent.atomic.AtomicReference<Optional<String>> reader =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.of("wb-key-ana"));
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenAnswer(invocation -> reader.get());
        VisibleCommunities cached = new VisibleCommunities(dao, permissions, currentUser, new MapCacheManager());
        assertThat(cached.ids(), contains(1L));

        reader.set(Optional.empty());
        when(permissions.canView("OPEN")).thenReturn(false);

        assertThat(cached.ids().isEmpty(), is(true));
    }

    private VisibleCommunities cached(String userKey) {
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenReturn(Optional.of(userKey));
        return new VisibleCommunities(dao, permissions, currentUser, new MapCacheManager());
    }

    @Test
    public void canSee_isFalseForAHiddenSpaceATurnedOffCommunityAndAnUnknownOne() {
        assertThat(visible.canSee("OPEN"), is(true));
        assertThat(visible.canSee("SECRET"), is(false));
        assertThat(visible.canSee("OFF"), is(false));
        assertThat(visible.canSee("NOPE"), is(false));
        assertThat(visible.canSee((String) null), is(false));
        assertThat(visible.canSee(2L), is(false));
        assertThat(visible.canSee(3L), is(false));
    }

    @Test
    public void among_keepsOnlyTheGivenCommunitiesTheReaderMaySee_andReadsNothingForNone() {
        when(dao.findByIds(List.of(1L, 2L, 3L))).thenReturn(java.util.Map.of(1L, open, 2L, secret, 3L, off));

        assertThat(visible.among(List.of(1L, 2L, 3L)).keySet(), contains(1L));
        assertThat(visible.among(List.of()).isEmpty(), is(true));
        org.mockito.Mockito.verify(dao).findByIds(List.of(1L, 2L, 3L));
        org.mockito.Mockito.verify(dao, org.mockito.Mockito.never()).enabledSnapshot();
    }

    private static Community community(long id, String spaceKey, boolean enabled) {
        return new Community(id, spaceKey, spaceKey, "", Visibility.OPEN, 0, enabled, NOW, NOW);
    }
}
