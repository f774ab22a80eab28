package org.guildhall.expertise.routing;

import org.guildhall.community.Community;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Templates;
import org.guildhall.qa.PostRenderer;
import org.guildhall.qa.Question;
import org.guildhall.qa.notify.NotificationMail;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Mails one routed person about a question, in their language: subject, an HTML part and a
 * plain-text part ({@link NotificationMail}, the layout question notifications use), each with the title, the community, a sanitised excerpt ({@link PostRenderer#excerpt}), a link to
 * the question, why they got it and a link to their profile, where they set
 * their availability. Every value but the excerpt is HTML-encoded
 * by the template renderer.
 */
@Component
public class RoutingNotifier {

    static final int EXCERPT_LENGTH = 300;

    private final I18n i18n;
    private final Templates templates;
    private final Links links;
    private final PostRenderer renderer;
    private final Mail mail;

    /** The id of the question page's block that lets a routed person decline. */
    public static final String DECLINE_ANCHOR = "guildhall-routed";

    public RoutingNotifier(I18n i18n, Templates templates, Links links, PostRenderer renderer, Mail mail) {
        this.i18n = i18n;
        this.templates = templates;
        this.links = links;
        this.renderer = renderer;
        this.mail = mail;
    }

    /** @return false when Confluence has no address for the person (nothing queued) */
    public boolean notify(Question question, Community community, String personKey) {
        return mail.send(personKey, compose(question, community, personKey, i18n.localeOf(personKey)));
    }

    Mail.Message compose(Question question, Community community, String personKey, Locale locale) {
        String subject = i18n.text(locale, "guildhall.routing.mail.subject", question.title());
        String headline = i18n.text(locale, "guildhall.routing.mail.headline", community.name(), question.title());
        PostRenderer.Excerpt excerpt = renderer.excerpt(question.body(), EXCERPT_LENGTH);
        // the anchor leads to the page's "Not my area" block, where a routed person can decline
        String questionUrl = links.baseUrl(true) + "/plugins/servlet/guildhall/questions/" + question.id()
                + "#" + DECLINE_ANCHOR;
        String openLabel = i18n.text(locale, "guildhall.routing.mail.open");
        String reason = i18n.text(locale, "guildhall.routing.mail.reason", String.join(", ", question.topics()));
        String profileUrl = links.baseUrl(true) + "/plugins/servlet/guildhall/people/" + personKey;
        String profileLabel = i18n.text(locale, "guildhall.routing.mail.profile");

        return new NotificationMail(subject, headline, excerpt, questionUrl, openLabel, reason, profileUrl,
                profileLabel).render(templates, locale);
    }
}
