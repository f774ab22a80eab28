package org.guildhall.analytics;

import org.guildhall.analytics.HealthRows.ValuedPost;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.analytics.ao.SpotlightDao;
import org.guildhall.analytics.ao.SpotlightDao.Claim;
import org.guildhall.community.Community;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.Groups;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Transactions;
import org.guildhall.platform.UserSpacePermissions;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Who a spotlight goes to: named people first, then group members, read no further than {@value
 * SpotlightSending#MAX_RECIPIENTS} recipients, each checked for the community's space when it is sent.
 */
public class SpotlightSendingTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Community TEA = new Community(7, "TEA", "Tea", "", Visibility.OPEN, 3, true, NOW, NOW);
    private static final Mail.Message MESSAGE = new Mail.Message("subject", "<p>html</p>", "text");

    private final SpotlightDao spotlightDao = mock(SpotlightDao.class);
    private final HealthDao healthDao = mock(HealthDao.class);
    private final CommunityDao communityDao = mock(CommunityDao.class);
    private final CommunityHealth health = mock(CommunityHealth.class);
    private final SpotlightMail spotlightMail = mock(SpotlightMail.class);
    private final Groups groups = mock(Groups.class);
    private final UserSpacePermissions permissions = mock(UserSpacePermissions.class);
    private final Mail mail = mock(Mail.class);
    private final I18n i18n = mock(I18n.class);
    private final Transactions transactions = mock(Transactions.class);
    private final Clock clock = mock(Clock.class);
    private SpotlightSending sending;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(clock.now()).thenReturn(NOW);
        when(transactions.inTransaction(any())).thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
        when(transactions.inTransactionRetryingOnConflict(any()))
                .thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
        when(communityDao.enabledSnapshot()).thenReturn(List.of(TEA));
        when(spotlightDao.communitiesWithRecipients()).thenReturn(List.of(7L));
        when(spotlightDao.claim(eq(7L), anyString(), eq(NOW), any()))
                .thenReturn(Optional.of(new Claim(1, 7, "w2026-48", NOW)));
        when(spotlightDao.lastSpotlight(7L)).thenReturn(Optional.empty());
        when(healthDao.valuedPosts(eq(7L), any(), eq(NOW), anyInt())).thenReturn(List.of(
                new ValuedPost(11, 0, "Green or black?", "wb-key-bob", 3, NOW.minusSeconds(3600))));
        when(health.names(any())).thenReturn(Map.of("wb-key-bob", "Bob Brennan"));
        when(i18n.localeOf(anyString())).thenReturn(Locale.ENGLISH);
        when(spotlightMail.compose(any(), any())).thenReturn(MESSAGE);
        when(permissions.canView(anyString(), eq("TEA"))).thenReturn(true);
        when(mail.send(anyString(), any())).thenReturn(true);
        sending = new SpotlightSending(spotlightDao, healthDao, communityDao, health, spotlightMail, groups,
                permissions, mail, i18n, transactions, clock);
    }

    @Test
    public void aLargeGroup_isReadNoFurtherThanTheLimit_andTheNamedPersonComesFirst() {
        when(spotlightDao.recipients(7L)).thenReturn(List.of(SpotlightRecipient.person("wb-key-alice"),
                SpotlightRecipient.group("everyone")));
        when(groups.members("everyone", SpotlightSending.MAX_RECIPIENTS)).thenReturn(IntStream
                .range(0, SpotlightSending.MAX_RECIPIENTS).mapToObj(i -> "member-" + i).toList());

        int mailed = sending.sendDue();

        assertThat(mailed, is(SpotlightSending.MAX_RECIPIENTS));
        verify(mail).send("wb-key-alice", MESSAGE);
        verify(mail).send("member-498", MESSAGE);
        verify(mail, never()).send("member-499", MESSAGE);
        verify(spotlightDao).finish(any(), eq(SpotlightSending.MAX_RECIPIENTS), eq(NOW));
    }

    @Test
    public void aRecipientWhoCannotViewTheSpace_getsNothing_andPeopleInSeveralListsGetOneMail() {
        when(spotlightDao.recipients(7L)).thenReturn(List.of(SpotlightRecipient.person("wb-key-alice"),
                SpotlightRecipient.person("wb-key-dave"), SpotlightRecipient.group("leaders")));
        when(groups.members("leaders", SpotlightSending.MAX_RECIPIENTS)).thenReturn(List.of("wb-key-alice",
                "wb-key-carol"));
        when(permissions.canView("wb-key-dave", "TEA")).thenReturn(false);

        assertThat(sending.sendDue(), is(2));
        verify(mail, times(1)).send("wb-key-alice", MESSAGE);
        verify(mail, times(1)).send("wb-key-carol", MESSAGE);
        verify(mail, never()).send(eq("wb-key-dave"), any());
    }

    @Test
    public void aWeekWithNothingVotedUp_sendsNothing_andGivesTheClaimBack() {
        when(spotlightDao.recipients(7L)).thenReturn(List.of(SpotlightRecipient.person("wb-key-alice")));
        when(healthDao.valuedPosts(eq(7L), any(), eq(NOW), anyInt())).thenReturn(List.of());

        assertThat(sending.sendDue(), is(0));
        verify(mail, never()).send(anyString(), any());
        verify(spotlightDao).release(any());
    }
}
