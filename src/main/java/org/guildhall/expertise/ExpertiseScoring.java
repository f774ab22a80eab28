package org.guildhall.expertise;

import org.guildhall.privacy.PersonalData;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Question;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How evidence turns into a score. The formula, in full:
 * <ul>
 *     <li>an answer given: {@value #ANSWER_POINTS} point plus its score (votes up minus down), the score counted from
 *     {@value #ANSWER_SCORE_FLOOR} to {@value #ANSWER_SCORE_CAP}, so a down-voted answer is worth 0 and one viral
 *     answer cannot outweigh sustained help;</li>
 *     <li>an accepted answer: {@value #ACCEPTED_POINTS} points more, dated at the acceptance;</li>
 *     <li>a question asked: {@value #QUESTION_POINTS} point (asking shows interest, not yet mastery);</li>
 *     <li>a Confluence page or blog post in a community space, once per label that is a valid topic: its creator
 *     {@value #PAGE_CREATED_POINTS} points, each other person who edits it (a major edit, one that notifies watchers)
 *     {@value #PAGE_EDITED_POINTS} point, dated at their latest such edit; minor edits count nothing;</li>
 *     <li>each item counts once per topic its question carries, in its question's community; deleted posts (and
 *     every post of a deleted question) count nothing; only Confluence users (not imported external people, nor the
 *     former-user keys a deleted person's posts are attributed to) collect evidence;</li>
 *     <li><b>decay</b>: an item's points halve every {@link #HALF_LIFE} (365 days) after it happened:
 *     {@code points × 2^(−age / half-life)};</li>
 *     <li>an endorsement adds {@value #ENDORSEMENT_POINTS} points, halving every {@link #ENDORSEMENT_HALF_LIFE}
 *     (180 days) after it was given or last renewed.</li>
 * </ul>
 * Decay needs no recompute: each stored sum holds {@code Σ points × 2^((happened − epoch) / half-life)}
 * ({@link #weight}), and the score at time {@code t} is that sum × {@code 2^(−(t − epoch) / half-life)}
 * ({@link #decayed}), which equals the sum of every item's decayed points. The common factor does not change the
 * order, so ranking by the stored sum ranks by decayed score.
 */
public final class ExpertiseScoring {

    public static final double ANSWER_POINTS = 1;
    public static final int ANSWER_SCORE_FLOOR = -1;
    public static final int ANSWER_SCORE_CAP = 10;
    public static final double ACCEPTED_POINTS = 5;
    public static final double QUESTION_POINTS = 0.5;
    public static final double PAGE_CREATED_POINTS = 3;
    public static final double PAGE_EDITED_POINTS = 1;
    public static final double ENDORSEMENT_POINTS = 2;
    public static final Duration HALF_LIFE = Duration.ofDays(365);
    public static final Duration ENDORSEMENT_HALF_LIFE = Duration.ofDays(180);
    /** The reference time of the stored sums; any fixed instant would do. */
    public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private ExpertiseScoring() {
    }

    /** @return the factor an item that happened at {@code at} is stored with: {@code 2^((at − epoch) / half-life)} */
    public static double weight(Instant at) {
        return Math.pow(2, years(at));
    }

    /** @return the decayed score at {@code now} of a stored sum */
    public static double decayed(double weighted, Instant now) {
        return weighted * Math.pow(2, -years(now));
    }

    /** @return the points an item is worth at {@code now} */
    public static double decayedPoints(double points, Instant happened, Instant now) {
        return points * Math.pow(2, -halfLives(happened, now, HALF_LIFE));
    }

    /** @return what an endorsement given or renewed at {@code endorsedAt} adds at {@code now} */
    public static double endorsementPoints(Instant endorsedAt, Instant now) {
        return ENDORSEMENT_POINTS * Math.pow(2, -halfLives(endorsedAt, now, ENDORSEMENT_HALF_LIFE));
    }

    /** @return the points of an answer with that score (before acceptance) */
    public static double answerPoints(int score) {
        return ANSWER_POINTS + Math.max(ANSWER_SCORE_FLOOR, Math.min(ANSWER_SCORE_CAP, score));
    }

    /**
     * The evidence a question and its answers give: the single rule both the incremental updates and the full rebuild
     * apply, so that they cannot disagree.
     *
     * @param answers all answers of the question, deleted ones included
     */
    public static List<EvidenceItem> evidenceOf(Question question, List<Answer> answers) {
        List<EvidenceItem> items = new ArrayList<>();
        if (question.deleted()) {
            return items;
        }
        for (String topic : question.topics()) {
            String asker = question.author().userKey();
            if (asker != null && !PersonalData.isFormerUser(asker)) {
                items.add(new EvidenceItem(asker, topic, question.communityId(), EvidenceKind.QUESTION, question.id(),
                        question.id(), QUESTION_POINTS, question.createdAt()));
            }
            for (Answer answer : answers) {
                String answerer = answer.author().userKey();
                if (answer.deleted() || answerer == null || PersonalData.isFormerUser(answerer)) {
                    continue;
                }
                items.add(new EvidenceItem(answerer, topic, question.communityId(), EvidenceKind.ANSWER, answer.id(),
                        question.id(), answerPoints(answer.score()), answer.createdAt()));
                if (answer.accepted()) {
                    Instant at = answer.acceptedAt() == null ? answer.createdAt() : answer.acceptedAt();
                    items.add(new EvidenceItem(answerer, topic, question.communityId(), EvidenceKind.ACCEPTED,
                            answer.id(), question.id(), ACCEPTED_POINTS, at));
                }
            }
        }
        return items;
    }

    private static double years(Instant at) {
        return halfLives(EPOCH, at, HALF_LIFE);
    }

    private static double halfLives(Instant from, Instant to, Duration halfLife) {
        return (double) Duration.between(from, to).toSeconds() / halfLife.toSeconds();
    }
}
