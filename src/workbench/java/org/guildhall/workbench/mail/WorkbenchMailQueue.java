package org.guildhall.workbench.mail;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Workbench stand-in for Confluence's {@code MultiQueueTaskManager} (bean {@code taskManager}): its {@code "mail"}
 * queue sends each atlassian-mail {@link SingleMailQueueItem} with Jakarta Mail to the workbench's SMTP server, in
 * the background on one thread (Confluence flushes its mail queue from a scheduled job, never on the request's
 * thread). Tasks of other queues are run on the same thread.
 */
public final class WorkbenchMailQueue implements MultiQueueTaskManager, AutoCloseable {

    static final String FROM = "confluence@workbench.example.com";
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchMailQueue.class);

    private final Session session;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "workbench-mail-queue");
        thread.setDaemon(true);
        return thread;
    });

    public WorkbenchMailQueue(WorkbenchMailServer server) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", Integer.toString(server.smtpPort()));
        session = Session.getInstance(properties);
    }

    @Override
    public void addTask(String queueName, Task task) {
        sender.execute(() -> {
            try {
                if (task instanceof SingleMailQueueItem item) {
                    send(item.getEmail());
                } else {
                    task.execute();
                }
            } catch (Exception e) {
                LOG.error("The workbench's {} queue could not run a task", queueName, e);
            }
        });
    }

    private void send(Email email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(FROM));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(email.getTo()));
        String charset = email.getEncoding() == null ? "UTF-8" : email.getEncoding();
        message.setSubject(email.getSubject(), charset);
        message.setSentDate(new Date());
        if (email.getMultipart() != null) {
            message.setContent(email.getMultipart());
        } else {
            String subtype = "text/html".equals(email.getMimeType()) ? "html" : "plain";
            message.setText(email.getBody(), charset, subtype);
        }
        Transport.send(message);
    }

    @Override
    public void close() {
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
