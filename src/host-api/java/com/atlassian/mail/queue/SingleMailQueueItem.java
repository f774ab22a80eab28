package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Compile-only copy of {@code com.atlassian.mail.queue.SingleMailQueueItem} (atlassian-mail 2.3.2 xref:
 * {@code public SingleMailQueueItem(Email email)}, {@code public Email getEmail()}; it extends
 * {@code AbstractMailQueueItem}, whose {@code execute()} sends the mail through the default SMTP server). The body
 * here only lets the workbench's mail queue stand-in read the message; Confluence supplies the real class.
 */
public class SingleMailQueueItem implements MailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }

    /** Confluence's copy sends through its SMTP server; a queue stand-in sends {@link #getEmail()} itself. */
    @Override
    public void execute() {
        throw new UnsupportedOperationException("compile-only copy: the host's mail queue sends the mail");
    }
}
