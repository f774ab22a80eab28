package org.guildhall.analytics;

import org.guildhall.analytics.SpotlightSending.SpotlightContent;
import org.guildhall.analytics.SpotlightSending.SpotlightItem;
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
 * Writes a community's spotlight mail in the recipient's language: a subject, an HTML part ({@value #TEMPLATE}, every
 * value HTML-encoded by the renderer) and a plain-text part with the same content. Each question and answer links to
 * itself and credits its author by display name, linking to their profile; the mail ends with why they get it and
 * where the recipients are chosen (the community's health page).
 */
@Component
public class SpotlightMail {

    static final String TEMPLATE = "templates/analytics/spotlight-mail.vm";

    private final I18n i18n;
    private final Templates templates;
    private final Links links;

    public SpotlightMail(I18n i18n, Templates templates, Links links) {
        this.i18n = i18n;
        this.templates = templates;
        this.links = links;
    }

    /** A spotlight entry as the mail shows it: every text in the recipient's language, every link absolute. */
    public record MailItem(String title, String url, String credit, String authorName, String authorUrl,
                           String votes) {
    }

    public Mail.Message compose(SpotlightContent content, Locale locale) {
        String baseUrl = links.baseUrl(true);
        String name = content.community().name();
        String subject = i18n.text(locale, "guildhall.spotlight.mail.subject", name);
        String introduction = i18n.text(locale, "guildhall.spotlight.mail.introduction", name);
        String reason = i18n.text(locale, "guildhall.spotlight.mail.reason", name);
        String settingsUrl = baseUrl + "/plugins/servlet/guildhall/communities/" + content.community().spaceKey()
                + "/health#guildhall-spotlight";
        String settingsLabel = i18n.text(locale, "guildhall.spotlight.mail.settings");
        List<MailItem> questions = items(content.items(), false, locale, baseUrl);
        List<MailItem> answers = items(content.items(), true, locale, baseUrl);
        String questionsHeading = i18n.text(locale, "guildhall.spotlight.mail.questions");
        String answersHeading = i18n.text(locale, "guildhall.spotlight.mail.answers");

        Map<String, Object> model = new HashMap<>();
        model.put("language", locale.getLanguage());
        model.put("subject", subject);
        model.put("introduction", introduction);
        model.put("questionsHeading", questionsHeading);
        model.put("answersHeading", answersHeading);
        model.put("questions", questions);
        model.put("answers", answers);
        model.put("reason", reason);
        model.put("settingsUrl", settingsUrl);
        model.put("settingsLabel", settingsLabel);
        String html = templates.render(TEMPLATE, model);

        StringBuilder text = new StringBuilder(introduction).append('\n');
        section(text, questionsHeading, questions);
        section(text, answersHeading, answers);
        text.append("\n-- \n").append(reason).append('\n').append(settingsLabel).append(": ").append(settingsUrl)
                .append('\n');
        return new Mail.Message(subject, html, text.toString());
    }

    private List<MailItem> items(List<SpotlightItem> items, boolean answers, Locale locale, String baseUrl) {
        return items.stream().filter(item -> item.answer() == answers).map(item -> {
            String author = item.authorName() == null || item.authorName().isEmpty()
                    ? i18n.text(locale, "guildhall.spotlight.mail.someone") : item.authorName();
            return new MailItem(item.title(), HealthLinks.post(item.questionId(), item.answerId(), baseUrl),
                    i18n.text(locale, answers ? "guildhall.spotlight.mail.answered-by"
                            : "guildhall.spotlight.mail.asked-by", author), author,
                    HealthLinks.person(item.author(), baseUrl),
                    i18n.text(locale, "guildhall.spotlight.mail.votes", item.score()));
        }).toList();
    }

    private static void section(StringBuilder text, String heading, List<MailItem> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append('\n').append(heading).append("\n\n");
        for (MailItem item : items) {
            text.append("* ").append(item.title()).append(" (").append(item.votes()).append(")\n  ")
                    .append(item.credit());
            if (item.authorUrl() != null) {
                text.append(" <").append(item.authorUrl()).append('>');
            }
            text.append("\n  ").append(item.url()).append('\n');
        }
    }
}
