package org.guildhall.analytics;

import org.guildhall.activity.digest.DigestFrequency;
import org.guildhall.analytics.HealthRows.ValuedPost;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.analytics.ao.SpotlightDao;
import org.guildhall.analytics.ao.SpotlightDao.Claim;
import org.guildhall.community.Community;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.Groups;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Transactions;
import org.guildhall.platform.UserSpacePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the weekly spotlights: for every switched-on community that named recipients, one mail per recipient with the
 * {@value #TOP} most valued questions and answers written since its last spotlight (at most a week back), ranked by
 * the votes they received — never by who wrote them — crediting each author by name. Once per community and ISO week
 * across a cluster, as digests are ({@link SpotlightDao#claim}: a unique run key committed on its own, taken over
 * after {@link #CLAIM_LEASE} if its node died). A week with nothing voted up sends nothing yet, so what is voted up
 * later that week still goes out.
 *
 * <p>Recipients are the named people and the members of the named groups, at most {@value #MAX_RECIPIENTS} per
 * community (groups are read no further); each is checked at sending time and gets nothing unless Confluence lets
 * them view the community's space — so a private community's spotlight reaches its members only.
 */
@Component
public class SpotlightSending {

    /** Questions and answers in each spotlight, each. */
    static final int TOP = 5;
    /** The most people one community's spotlight is mailed to, groups expanded; the rest of a larger group is not. */
    public static final int MAX_RECIPIENTS = 500;
    static final Duration CLAIM_LEASE = Duration.ofMinutes(30);
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(SpotlightSending.class);

    private final SpotlightDao spotlightDao;
    private final HealthDao healthDao;
    private final CommunityDao communityDao;
    private final CommunityHealth health;
    private final SpotlightMail spotlightMail;
    private final Groups groups;
    private final UserSpacePermissions permissions;
    private final Mail mail;
    private final I18n i18n;
    private final Transactions transactions;
    private final Clock clock;

    public SpotlightSending(SpotlightDao spotlightDao, HealthDao healthDao, CommunityDao communityDao,
                            CommunityHealth health, SpotlightMail spotlightMail, Groups groups,
                            UserSpacePermissions permissions, Mail mail, I18n i18n, Transactions transactions,
                            Clock clock) {
        this.spotlightDao = spotlightDao;
        this.healthDao = healthDao;
        this.communityDao = communityDao;
        this.health = health;
        this.spotlightMail = spotlightMail;
        this.groups = groups;
        this.permissions = permissions;
        this.mail = mail;
        this.i18n = i18n;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one community's spotlight holds: the valued posts, each with its author's name. */
    public record SpotlightContent(Community community, Instant since, Instant until, List<SpotlightItem> items) {
    }

    /** One question or answer in a spotlight, with its author's display name. */
    public record SpotlightItem(boolean answer, long questionId, long answerId, String title, String author,
                                String authorName, int score) {
    }

    /** @return how many spotlight mails this call queued, over all communities */
    public int sendDue() {
        Instant now = clock.now();
        String period = DigestFrequency.WEEKLY.period(now);
        Map<Long, Community> enabled = communityDao.enabledSnapshot().stream()
                .collect(Collectors.toMap(Community::id, Function.identity(), (a, b) -> a));
        int mailed = 0;
        for (long communityId : spotlightDao.communitiesWithRecipients()) {
            Community community = enabled.get(communityId);
            if (community != null) {
                mailed += sendOne(community, period, now);
            }
        }
        return mailed;
    }

    private int sendOne(Community community, String period, Instant now) {
        Optional<Claim> claimed = transactions.inTransactionRetryingOnConflict(
                () -> spotlightDao.claim(community.id(), period, now, now.minus(CLAIM_LEASE)));
        if (claimed.isEmpty()) {
            return 0;
        }
        Claim claim = claimed.get();
        int mailed = 0;
        try {
            Instant since = spotlightDao.lastSpotlight(community.id()).filter(last -> last.isAfter(now.minus(WEEK)))
                    .orElse(now.minus(WEEK));
            SpotlightContent content = content(community, since, now);
            if (!content.items().isEmpty()) {
                for (String userKey : recipients(community)) {
                    if (permissions.canView(userKey, community.spaceKey()) && mail.send(userKey,
                            spotlightMail.compose(content, i18n.localeOf(userKey)))) {
                        mailed++;
                    }
                }
            }
            int sent = mailed;
            transactions.inTransaction(() -> {
                if (content.items().isEmpty()) {
                    // nothing voted up yet: a later run of the same week sends what is voted up meanwhile
                    spotlightDao.release(claim);
                } else {
                    spotlightDao.finish(claim, sent, clock.now());
                }
                return null;
            });
            return sent;
        } catch (RuntimeException e) {
            int sent = mailed;
            // nothing went out: give the claim back so that the next run sends it; else never twice to anybody
            transactions.inTransaction(() -> {
                if (sent == 0) {
                    spotlightDao.release(claim);
                } else {
                    spotlightDao.finish(claim, sent, clock.now());
                }
                return null;
            });
            LOG.warn("Guildhall could not send the {} spotlight of {}", period, community.spaceKey(), e);
            return mailed;
        }
    }

    /** @return the community's most valued questions and answers written in [since, until), authors named */
    public SpotlightContent content(Community community, Instant since, Instant until) {
        List<ValuedPost> posts = healthDao.valuedPosts(community.id(), since, until, TOP);
        Map<String, String> names = health.names(posts.stream().map(ValuedPost::author).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new SpotlightContent(community, since, until, posts.stream().map(post -> new SpotlightItem(
                post.isAnswer(), post.questionId(), post.answerId(), post.title(), post.author(),
                post.author() == null ? "" : names.get(post.author()), post.score())).toList());
    }

    /** The named people, then the members of the named groups, each once, at most {@value #MAX_RECIPIENTS}. */
    private Set<String> recipients(Community community) {
        Set<String> recipients = new LinkedHashSet<>();
        for (SpotlightRecipient recipient : spotlightDao.recipients(community.id())) {
            if (recipients.size() >= MAX_RECIPIENTS) {
                LOG.warn("Guildhall mails the spotlight of {} to its first {} recipients only", community.spaceKey(),
                        MAX_RECIPIENTS);
                break;
            }
            if (recipient.kind() == SpotlightRecipient.Kind.PERSON) {
                recipients.add(recipient.name());
            } else {
                for (String member : groups.members(recipient.name(), MAX_RECIPIENTS)) {
                    if (recipients.size() < MAX_RECIPIENTS) {
                        recipients.add(member);
                    }
                }
            }
        }
        return recipients;
    }
}
