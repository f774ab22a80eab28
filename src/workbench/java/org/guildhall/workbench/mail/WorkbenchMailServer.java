package org.guildhall.workbench.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The workbench's local SMTP server (GreenMail, on a free port of 127.0.0.1): where the mail queue stand-in
 * delivers, and what the outbox page and tests read. Nothing leaves the machine.
 */
public final class WorkbenchMailServer implements AutoCloseable {

    private final GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public WorkbenchMailServer() {
        greenMail.start();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** @return every message received so far, in arrival order */
    public List<CapturedMail> messages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<CapturedMail> messages = new ArrayList<>(received.length);
        for (int i = 0; i < received.length; i++) {
            messages.add(capture(i + 1, received[i]));
        }
        return messages;
    }

    /** @return the message with that number (from 1, arrival order) */
    public Optional<CapturedMail> message(int number) {
        MimeMessage[] received = greenMail.getReceivedMessages();
        return number < 1 || number > received.length ? Optional.empty()
                : Optional.of(capture(number, received[number - 1]));
    }

    /**
     * Waits until at least {@code count} messages have arrived in total.
     *
     * @return false when the time ran out first
     */
    public boolean awaitMessages(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Forgets every received message (tests start from an empty outbox). */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not clear the workbench outbox", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static CapturedMail capture(int number, MimeMessage message) {
        try {
            String to = Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])).map(Object::toString).collect(Collectors.joining(", "));
            Instant sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            String[] parts = new String[2];
            collectParts(message, parts);
            return new CapturedMail(number, to, message.getSubject(), sentAt, parts[0], parts[1]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The workbench cannot read received message " + number, e);
        }
    }

    /** Fills {@code parts[0]} with the first HTML part and {@code parts[1]} with the first plain-text part. */
    private static void collectParts(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectParts(child, parts);
            }
        } else if (part.isMimeType("text/html") && parts[0] == null) {
            parts[0] = part.getContent().toString();
        } else if (part.isMimeType("text/plain") && parts[1] == null) {
            parts[1] = part.getContent().toString();
        }
    }

    /** @return how long to wait for mail in tests: the queue sends within milliseconds, this is generous */
    public static Duration patience() {
        return Duration.ofSeconds(10);
    }
}
