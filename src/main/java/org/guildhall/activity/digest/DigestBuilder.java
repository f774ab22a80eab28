package org.guildhall.activity.digest;

import org.guildhall.activity.ActivityEntry;
import org.guildhall.activity.ActivityGroup;
import org.guildhall.activity.ActivityStream;
import org.guildhall.activity.ActivityStream.Slice;
import org.guildhall.activity.ActivityStream.StreamPage;
import org.guildhall.activity.StreamFilter;
import org.guildhall.activity.StreamPosition;
import org.guildhall.activity.digest.DigestContent.DigestQuestion;
import org.guildhall.activity.web.ActivityViews;
import org.guildhall.community.Community;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.expertise.routing.ao.RoutingDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.Links;
import org.guildhall.qa.ListState;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the current reader's digest. It reads through the stream's own filtering ({@link ActivityStream#filterFor}
 * and {@link ActivityStream#readVisible}): only communities the reader may view, restricted pages left out, so a digest
 * never shows what the reader's "Following" stream would not. Run it as the recipient ({@code ActingAs}) when sending,
 * so that it is filtered by their permissions at sending time.
 * <p>
 * Bounded work: at most {@value #MAX_ACTIVITY} entries, {@value #MAX_QUESTIONS} routed and {@value #MAX_QUESTIONS} top
 * questions, each read with a constant number of statements.
 */
@Component
public class DigestBuilder {

    static final int MAX_ACTIVITY = 30;
    static final int MAX_QUESTIONS = 5;

    private final ActivityStream stream;
    private final ActivityViews views;
    private final CurrentUser currentUser;
    private final RoutingDao routingDao;
    private final QuestionDao questionDao;
    private final MembershipDao membershipDao;
    private final Links links;

    public DigestBuilder(ActivityStream stream, ActivityViews views, CurrentUser currentUser, RoutingDao routingDao,
                         QuestionDao questionDao, MembershipDao membershipDao, Links links) {
        this.stream = stream;
        this.views = views;
        this.currentUser = currentUser;
        this.routingDao = routingDao;
        this.questionDao = questionDao;
        this.membershipDao = membershipDao;
        this.links = links;
    }

    /** @return the current reader's digest for what happened after {@code since} up to {@code until} */
    public DigestContent build(Instant since, Instant until) {
        String reader = currentUser.userKey().orElseThrow(() -> new IllegalStateException("Digests have a reader"));
        String baseUrl = links.baseUrl(true);
        Map<Long, String> visible = stream.communitiesFor(List.of());
        StreamFilter following = stream.filterFor(visible, Set.of(), Set.of(), Set.of(), true);

        // Newest first up to "until"; an entry older than "since" ends the digest's part of the stream.
        Slice slice = stream.readVisible(following, Optional.of(new StreamPosition(until.toEpochMilli(),
                Integer.MAX_VALUE)), MAX_ACTIVITY);
        List<ActivityEntry> fresh = slice.entries().stream()
                .filter(entry -> entry.occurredAt().isAfter(since) && !entry.actorKey().equals(reader)).toList();

        Map<Long, Community> shown = new HashMap<>();
        List<Question> routedQuestions = new ArrayList<>();
        for (Question question : questionDao.findByIds(routingDao.routedTo(reader, since, MAX_QUESTIONS)).values()) {
            if (!question.deleted() && question.state() == ListState.UNANSWERED
                    && visible.containsKey(question.communityId())) {
                routedQuestions.add(question);
            }
        }
        Set<Long> mine = new HashSet<>(membershipDao.communityIdsOf(reader));
        following.following().ifPresent(followed -> mine.addAll(followed.communityIds()));
        mine.retainAll(visible.keySet());
        List<Question> top = questionDao.topAskedSince(mine, since, MAX_QUESTIONS).stream()
                .filter(question -> question.createdAt().isBefore(until) || question.createdAt().equals(until))
                .toList();

        Set<Long> communityIds = new HashSet<>();
        fresh.forEach(entry -> communityIds.add(entry.communityId()));
        routedQuestions.forEach(question -> communityIds.add(question.communityId()));
        top.forEach(question -> communityIds.add(question.communityId()));
        // visible: the reader may see every one of these, so this loads names only
        shown.putAll(stream.communityNames(communityIds));

        StreamPage page = new StreamPage(ActivityGroup.of(fresh), shown, Optional.empty());
        return new DigestContent(since, until, views.of(page, baseUrl), questions(routedQuestions, shown, baseUrl),
                questions(top, shown, baseUrl));
    }

    private static List<DigestQuestion> questions(List<Question> questions, Map<Long, Community> communities,
                                                  String baseUrl) {
        return questions.stream().map(question -> new DigestQuestion(question.id(), question.title(),
                baseUrl + "/plugins/servlet/guildhall/questions/" + question.id(),
                Optional.ofNullable(communities.get(question.communityId())).map(Community::name).orElse(""),
                question.score(), question.answerCount())).toList();
    }
}
