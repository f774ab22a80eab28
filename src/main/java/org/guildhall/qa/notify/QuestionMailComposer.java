package org.guildhall.qa.notify;

import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Templates;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one notification mail in the recipient's language: subject, an HTML part from
 * {@value #TEMPLATE} (every value HTML-encoded by the renderer, so a title or body cannot add markup) and a plain
 * text part. Both carry the question title, who did what, an excerpt of the new text, a link to the question page
 * and why the recipient gets the mail and how to stop it.
 */
@Component
public class QuestionMailComposer {

    static final String TEMPLATE = "templates/qa/mail/question-activity.vm";
    static final int EXCERPT_LENGTH = 300;

    private final I18n i18n;
    private final Templates templates;
    private final Links links;

    public QuestionMailComposer(I18n i18n, Templates templates, Links links) {
        this.i18n = i18n;
        this.templates = templates;
        this.links = links;
    }

    /**
     * @param actorName the display name of the person who acted; empty when Confluence no longer knows them
     */
    public Mail.Message compose(QuestionActivity activity, QuestionPost post, Optional<String> actorName,
                                Recipient recipient, Locale locale) {
        String kind = "guildhall.qa.mail." + activity.kind().i18nName();
        String actor = actorName.orElseGet(() -> i18n.text(locale, "guildhall.qa.mail.someone"));
        String subject = i18n.text(locale, kind + ".subject", post.questionTitle());
        String headline = i18n.text(locale, kind + ".headline", actor, post.questionTitle());
        String excerpt = excerpt(post.text());
        String questionUrl = links.baseUrl(true) + "/plugins/servlet/guildhall/questions/" + post.questionId();
        String openLabel = i18n.text(locale, "guildhall.qa.mail.open");
        String reason = recipient.reason() == Recipient.Reason.FOLLOWER
                ? i18n.text(locale, "guildhall.qa.mail.reason.follower")
                : i18n.text(locale, "guildhall.qa.mail.reason.mentioned", actor);

        Map<String, Object> model = new HashMap<>();
        model.put("language", locale.getLanguage());
        model.put("subject", subject);
        model.put("headline", headline);
        model.put("excerpt", excerpt);
        model.put("questionUrl", questionUrl);
        model.put("openLabel", openLabel);
        model.put("reason", reason);
        String html = templates.render(TEMPLATE, model);

        StringBuilder text = new StringBuilder(headline).append("\n\n");
        if (!excerpt.isEmpty()) {
            excerpt.lines().forEach(line -> text.append("> ").append(line).append('\n'));
            text.append('\n');
        }
        text.append(openLabel).append(": ").append(questionUrl).append("\n\n-- \n").append(reason).append('\n');
        return new Mail.Message(subject, html, text.toString());
    }

    /**
     * The start of the posted text as plain text: whitespace runs collapsed, cut at a word boundary. It stays
     * CommonMark source (not rendered): the HTML part encodes it, so nothing in it is ever markup.
     */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " …";
    }
}
