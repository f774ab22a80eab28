package org.guildhall.qa.notify;

/**
 * One person to notify, and why: the mail's last line tells them how to stop receiving such mail.
 */
public record Recipient(String userKey, Reason reason) {

    public enum Reason {
        /** They follow the question (askers and answerers do automatically): they can unfollow it. */
        FOLLOWER,
        /** They were @mentioned in the new text. */
        MENTIONED
    }
}
