package org.guildhall.activity.digest;

import org.guildhall.activity.web.ActivityItemView;

import java.time.Instant;
import java.util.List;

/**
 * What one person's next digest holds, already filtered for them: new activity about what they follow, unanswered
 * questions routed to them, and the top new questions of their communities.
 *
 * @param since the digest covers what happened after this time …
 * @param until … up to this time
 */
public record DigestContent(Instant since, Instant until, List<ActivityItemView> activity,
                            List<DigestQuestion> routed, List<DigestQuestion> top) {

    public DigestContent {
        activity = List.copyOf(activity);
        routed = List.copyOf(routed);
        top = List.copyOf(top);
    }

    /** @return true when there is nothing new: no mail is sent */
    public boolean isEmpty() {
        return activity.isEmpty() && routed.isEmpty() && top.isEmpty();
    }

    /**
     * A question as a digest lists it.
     *
     * @param url absolute link to the question page
     */
    public record DigestQuestion(long id, String title, String url, String communityName, int score,
                                 int answerCount) {
    }
}
