package org.guildhall.activity.digest;

import org.guildhall.activity.web.ActivityItemView;
import org.guildhall.activity.web.ActivityViews;
import org.guildhall.activity.digest.DigestContent.DigestQuestion;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Templates;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a digest mail in the recipient's language, in the manner of the question notifications: a subject, an HTML
 * part ({@value #MAIL_TEMPLATE} around {@value #BODY_TEMPLATE}, every value HTML-encoded by the renderer) and a plain
 * text part with the same content, each ending with why they get it, a link to their digest preferences and a
 * one-click unsubscribe link ({@link UnsubscribeLinks}). Call it as the recipient, so that the stream's sentences
 * ({@link ActivityItemView#summary()}) and the template's texts are in their language too.
 */
@Component
public class DigestMail {

    static final String BODY_TEMPLATE = "templates/activity/digest-body.vm";
    static final String MAIL_TEMPLATE = "templates/activity/digest-mail.vm";
    public static final String PREFERENCES_PATH = "/plugins/servlet/guildhall/digest";

    private final I18n i18n;
    private final Templates templates;
    private final Links links;
    private final UnsubscribeLinks unsubscribeLinks;

    public DigestMail(I18n i18n, Templates templates, Links links, UnsubscribeLinks unsubscribeLinks) {
        this.i18n = i18n;
        this.templates = templates;
        this.links = links;
        this.unsubscribeLinks = unsubscribeLinks;
    }

    /** @return the digest's content as HTML (mail body and preview page) */
    public String bodyHtml(DigestContent content) {
        Map<String, Object> model = new HashMap<>();
        model.put("activity", content.activity());
        model.put("routed", content.routed());
        model.put("top", content.top());
        return templates.render(BODY_TEMPLATE, model);
    }

    public Mail.Message compose(DigestContent content, DigestFrequency frequency, String recipientKey, Locale locale) {
        String subject = i18n.text(locale, "guildhall.digest.mail.subject." + frequency.id());
        String introduction = i18n.text(locale, "guildhall.digest.mail.introduction",
                ActivityViews.exact(content.since()));
        String reason = i18n.text(locale, "guildhall.digest.mail.reason." + frequency.id());
        String preferencesUrl = links.baseUrl(true) + PREFERENCES_PATH;
        String preferencesLabel = i18n.text(locale, "guildhall.digest.mail.preferences");
        String unsubscribeUrl = unsubscribeLinks.linkFor(recipientKey);
        String unsubscribeLabel = i18n.text(locale, "guildhall.digest.mail.unsubscribe");

        Map<String, Object> model = new HashMap<>();
        model.put("language", locale.getLanguage());
        model.put("subject", subject);
        model.put("introduction", introduction);
        model.put("bodyHtml", bodyHtml(content));
        model.put("reason", reason);
        model.put("preferencesUrl", preferencesUrl);
        model.put("preferencesLabel", preferencesLabel);
        model.put("unsubscribeUrl", unsubscribeUrl);
        model.put("unsubscribeLabel", unsubscribeLabel);
        String html = templates.render(MAIL_TEMPLATE, model);

        StringBuilder text = new StringBuilder(introduction).append("\n");
        if (!content.activity().isEmpty()) {
            text.append('\n').append(i18n.text(locale, "guildhall.digest.section.activity")).append("\n\n");
            for (ActivityItemView item : content.activity()) {
                text.append("* ").append(item.summary()).append(' ').append(item.title());
                if (!item.communityName().isEmpty()) {
                    text.append(' ').append(i18n.text(locale, "guildhall.activity.in-community",
                            item.communityName()));
                }
                text.append("\n  ").append(item.url()).append('\n');
                if (!item.excerpt().isEmpty()) {
                    text.append("  > ").append(item.excerpt()).append('\n');
                }
            }
        }
        questions(text, locale, "guildhall.digest.section.routed", content.routed());
        questions(text, locale, "guildhall.digest.section.top", content.top());
        text.append("\n-- \n").append(reason).append('\n')
                .append(preferencesLabel).append(": ").append(preferencesUrl).append('\n')
                .append(unsubscribeLabel).append(": ").append(unsubscribeUrl).append('\n');
        return new Mail.Message(subject, html, text.toString());
    }

    private void questions(StringBuilder text, Locale locale, String headingKey, List<DigestQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        text.append('\n').append(i18n.text(locale, headingKey)).append("\n\n");
        for (DigestQuestion question : questions) {
            text.append("* ").append(question.title()).append(' ')
                    .append(i18n.text(locale, "guildhall.activity.in-community", question.communityName()))
                    .append("\n  ").append(question.url()).append('\n');
        }
    }
}
