package org.guildhall.community;

import org.guildhall.platform.Groups;
import org.junit.Test;

import java.time.Instant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class MembersGroupTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final Community TEA = new Community(3, "TEA", "Tea", "", Visibility.PRIVATE, 1, true, NOW, NOW);

    private final Groups groups = mock(Groups.class);
    private final MembersGroup membersGroup = new MembersGroup(groups);

    @Test
    public void nameFor_isPerSpaceInLowerCase() {
        assertThat(MembersGroup.nameFor("TEA"), is("guildhall-tea-members"));
    }

    @Test
    public void keepInStep_addsMembersAndRemovesEveryoneElse() {
        when(groups.exists("guildhall-tea-members")).thenReturn(true);

        membersGroup.keepInStep(TEA, "wb-key-dave", MembershipState.MEMBER);
        membersGroup.keepInStep(TEA, "wb-key-erin", MembershipState.BANNED);
        membersGroup.keepInStep(TEA, "wb-key-carol", MembershipState.NONE);

        verify(groups).addMember("guildhall-tea-members", "wb-key-dave");
        verify(groups).removeMember("guildhall-tea-members", "wb-key-erin");
        verify(groups).removeMember("guildhall-tea-members", "wb-key-carol");
    }

    @Test
    public void keepInStep_leavesCommunitiesThatWereNeverPrivateAlone() {
        membersGroup.keepInStep(TEA, "wb-key-dave", MembershipState.MEMBER);

        verify(groups, never()).addMember(anyString(), anyString());
    }
}
