package org.guildhall.qa.notify;

import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Templates;
import org.guildhall.qa.PostRenderer;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Writes one notification mail in the recipient's language: subject, an HTML part and a plain
 * text part ({@link NotificationMail}). Both carry the question title, who did what, an excerpt of the new text, a link to the question page
 * and why the recipient gets the mail and how to stop it. The excerpt comes from {@link PostRenderer} (sanitised HTML
 * in the HTML part, plain text in the text part); every other value is HTML-encoded by the template renderer, so a
 * title or a name cannot add markup.
 */
@Component
public class QuestionMailComposer {

    static final int EXCERPT_LENGTH = 300;

    private final I18n i18n;
    private final Templates templates;
    private final Links links;
    private final PostRenderer renderer;

    public QuestionMailComposer(I18n i18n, Templates templates, Links links, PostRenderer renderer) {
        this.i18n = i18n;
        this.templates = templates;
        this.links = links;
        this.renderer = renderer;
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
        PostRenderer.Excerpt excerpt = renderer.excerpt(post.text(), EXCERPT_LENGTH);
        String questionUrl = links.baseUrl(true) + "/plugins/servlet/guildhall/questions/" + post.questionId();
        String openLabel = i18n.text(locale, "guildhall.qa.mail.open");
        String reason = recipient.reason() == Recipient.Reason.FOLLOWER
                ? i18n.text(locale, "guildhall.qa.mail.reason.follower")
                : i18n.text(locale, "guildhall.qa.mail.reason.mentioned", actor);

        return new NotificationMail(subject, headline, excerpt, questionUrl, openLabel, reason, null, null)
                .render(templates, locale);
    }
}
