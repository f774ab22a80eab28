package org.guildhall.platform;

/**
 * Sends e-mail to Confluence users through Confluence's own outgoing mail queue (and so its SMTP server settings).
 * Guildhall addresses people by user key only: the address is looked up when the message is queued, never stored.
 * Sending is asynchronous: the queue delivers later, on its own thread, so call this only after the transaction
 * whose change the message announces has committed.
 */
public interface Mail {

    /**
     * Queues one message for one user.
     *
     * @return false, queueing nothing, when Confluence has no such user or the user has no e-mail address
     */
    boolean send(String recipientUserKey, Message message);

    /**
     * One message, in the recipient's language: a subject, an HTML part and a plain-text part (mail clients show
     * the richest part they can). The HTML part must already be escaped and sanitised; it is sent as is.
     */
    record Message(String subject, String html, String text) {

        public Message {
            if (subject == null || html == null || text == null) {
                throw new IllegalArgumentException("subject, html and text are required");
            }
        }
    }
}
