package org.guildhall.qa.notify;

import org.guildhall.platform.Mail;
import org.guildhall.platform.Templates;
import org.guildhall.qa.PostRenderer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The layout every Guildhall mail about a question shares (question notifications, routed questions): a headline, an
 * excerpt, a link to the question, and a footer saying why the recipient got it, optionally with a link (such as
 * their profile). The HTML part comes from {@value #TEMPLATE}, which HTML-encodes every value but the excerpt
 * ({@link PostRenderer}'s sanitised HTML); the text part quotes the excerpt's plain text.
 *
 * @param footerUrl   null for no footer link
 * @param footerLabel null with {@code footerUrl}
 */
public record NotificationMail(String subject, String headline, PostRenderer.Excerpt excerpt, String questionUrl,
                               String openLabel, String reason, String footerUrl, String footerLabel) {

    static final String TEMPLATE = "templates/qa/mail/question-activity.vm";

    /** @return the message in the recipient's language (all parts are already in it) */
    public Mail.Message render(Templates templates, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("language", locale.getLanguage());
        model.put("subject", subject);
        model.put("headline", headline);
        model.put("excerptHtml", excerpt.html());
        model.put("questionUrl", questionUrl);
        model.put("openLabel", openLabel);
        model.put("reason", reason);
        model.put("footerUrl", footerUrl);
        model.put("footerLabel", footerLabel);
        String html = templates.render(TEMPLATE, model);

        StringBuilder text = new StringBuilder(headline).append("\n\n");
        if (!excerpt.text().isEmpty()) {
            excerpt.text().lines().forEach(line -> text.append("> ").append(line).append('\n'));
            text.append('\n');
        }
        text.append(openLabel).append(": ").append(questionUrl).append("\n\n-- \n").append(reason).append('\n');
        if (footerUrl != null) {
            text.append(footerLabel).append(": ").append(footerUrl).append('\n');
        }
        return new Mail.Message(subject, html, text.toString());
    }
}
