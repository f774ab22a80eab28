package com.atlassian.mail;

import jakarta.mail.Multipart;

/**
 * Compile-only copy of the members Guildhall calls of {@code com.atlassian.mail.Email} (atlassian-mail javadoc 1.9:
 * {@code Email(String to)}, fluent setters {@code setSubject}, {@code setBody}, {@code setMimeType},
 * {@code setEncoding}, {@code setMultipart(Multipart)}, and their getters). Atlassian-mail 1.x/2.x types the
 * multipart as {@code javax.mail.Multipart}; Confluence 10 (Platform 8) moved to the {@code jakarta.*} namespace, so
 * this copy uses {@code jakarta.mail.Multipart} — not yet checked against a Confluence 10 jar.
 */
public class Email {

    private final String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding;
    private Multipart multipart;

    public Email(String to) {
        this.to = to;
    }

    public String getTo() {
        return to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public String getSubject() {
        return subject;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public String getBody() {
        return body;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getMimeType() {
        return mimeType;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getEncoding() {
        return encoding;
    }

    public Email setMultipart(Multipart multipart) {
        this.multipart = multipart;
        return this;
    }

    public Multipart getMultipart() {
        return multipart;
    }
}
