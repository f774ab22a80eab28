package org.guildhall.qa.notify;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.platform.People;
import org.guildhall.platform.UserSpacePermissions;
import org.guildhall.qa.Posting;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides who hears about an activity on a question: the question's followers when it happened (someone who follows
 * only since, such as the person answering a new question before its mail went out, does not hear of it) and the people @mentioned in the new
 * text, each once (a follower who is also mentioned counts as a follower), never the person who acted, and only
 * people Confluence still lets view the community's space now — a follower who lost access hears nothing.
 */
@Component
public class NotificationRecipients {

    private final FollowDao followers;
    private final People people;
    private final UserSpacePermissions permissions;

    public NotificationRecipients(FollowDao followers, People people, UserSpacePermissions permissions) {
        this.followers = followers;
        this.people = people;
        this.permissions = permissions;
    }

    /**
     * @param text the text posted by the activity, searched for mentions (ignored for acceptance)
     * @return the recipients in a stable order: followers by follow age, then mentions in text order
     */
    public List<Recipient> of(QuestionActivity activity, String text) {
        Map<String, Recipient.Reason> reasons = new LinkedHashMap<>();
        for (String follower : followers.followersAsOf(Posting.FOLLOW_QUESTION, Long.toString(activity.questionId()),
                activity.at())) {
            reasons.putIfAbsent(follower, Recipient.Reason.FOLLOWER);
        }
        if (activity.kind().notifiesMentions()) {
            for (String username : Mentions.usernamesIn(text)) {
                people.findByUsername(username)
                        .ifPresent(person -> reasons.putIfAbsent(person.userKey(), Recipient.Reason.MENTIONED));
            }
        }
        reasons.remove(activity.actorKey());
        List<Recipient> recipients = new ArrayList<>();
        reasons.forEach((userKey, reason) -> {
            if (permissions.canView(userKey, activity.spaceKey())) {
                recipients.add(new Recipient(userKey, reason));
            }
        });
        return recipients;
    }
}
