package org.guildhall.platform.confluence;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.guildhall.platform.Mail;
import org.springframework.stereotype.Component;

/**
 * {@link Mail} through Confluence's outgoing mail queue: an atlassian-mail {@link Email} carrying a
 * {@code multipart/alternative} body (plain text first, HTML last, as RFC 2046 orders alternatives), queued as a
 * {@link SingleMailQueueItem} on the task manager's {@value #MAIL_QUEUE} queue, which Confluence flushes in the
 * background through its configured SMTP server. Confluence's simpler {@code ConfluenceMailQueueItem} takes one
 * body of one MIME type only, hence the multipart {@code Email}.
 */
@Component
public class ConfluenceMail implements Mail {

    static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;
    private final UserManager userManager;

    public ConfluenceMail(@ComponentImport("taskManager") MultiQueueTaskManager taskManager,
                          @ComponentImport("salUserManager") UserManager userManager) {
        this.taskManager = taskManager;
        this.userManager = userManager;
    }

    @Override
    public boolean send(String recipientUserKey, Message message) {
        if (recipientUserKey == null || recipientUserKey.isEmpty()) {
            return false;
        }
        UserProfile recipient = userManager.getUserProfile(new UserKey(recipientUserKey));
        if (recipient == null || recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return false;
        }
        Email email = new Email(recipient.getEmail())
                .setSubject(message.subject())
                .setEncoding("UTF-8")
                .setMultipart(alternatives(message));
        taskManager.addTask(MAIL_QUEUE, new SingleMailQueueItem(email));
        return true;
    }

    private static MimeMultipart alternatives(Message message) {
        try {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), "UTF-8", "html");
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            return alternatives;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail's parts", e);
        }
    }
}
