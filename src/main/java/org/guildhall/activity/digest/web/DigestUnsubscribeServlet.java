package org.guildhall.activity.digest.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.activity.digest.DigestMail;
import org.guildhall.activity.digest.DigestPreferences;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /plugins/servlet/guildhall/digest/unsubscribe?user=…&token=…}: the one-click link of a digest mail. It works
 * without logging in — the recipient reads mail, perhaps on a phone that never logged in to Confluence — because the
 * token is signed for that person ({@code UnsubscribeLinks}) and can only turn their digest off. So Confluence must
 * let anonymous visitors reach it even on sites closed to anonymous access: {@link UnrestrictedAccess} (since
 * Platform 7 an unannotated servlet is for licensed users only). Nothing else of the app is served here.
 * <p>
 * The page speaks the recipient's language (their Confluence locale, like the mail that carried the link): the
 * valid token tells who they are, whether or not anybody is logged in. A link that is not valid names nobody, so its
 * page is in the current visitor's language.
 * <p>
 * While Confluence is read-only (maintenance) the link changes nothing: the page answers 503 and asks to use the link
 * again later, so the recipient knows their digest is still on.
 */
@UnrestrictedAccess
public class DigestUnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/activity/digest-unsubscribed.vm";

    private final transient DigestPreferences preferences;
    private final transient I18n i18n;
    private final transient Templates templates;
    private final transient Links links;
    private final transient AccessMode accessMode;

    public DigestUnsubscribeServlet(DigestPreferences preferences, I18n i18n, Templates templates, Links links,
                                    AccessMode accessMode) {
        this.preferences = preferences;
        this.i18n = i18n;
        this.templates = templates;
        this.links = links;
        this.accessMode = accessMode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String userKey = request.getParameter("user");
        String token = request.getParameter("token");
        boolean readOnly = accessMode.readOnly();
        boolean recipient = readOnly ? preferences.isUnsubscribeLink(userKey, token)
                : preferences.unsubscribe(userKey, token);
        boolean done = recipient && !readOnly;
        Map<String, Object> model = new HashMap<>();
        Function<String, String> text;
        if (recipient) {
            Locale locale = i18n.localeOf(userKey);
            text = key -> i18n.text(locale, key);
            model.put("language", locale.toLanguageTag());
        } else {
            text = i18n::text;
            model.put("language", "");
        }
        if (readOnly) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "3600");
        } else if (!done) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        String message = readOnly ? "guildhall.digest.unsubscribe.read-only"
                : done ? "guildhall.digest.unsubscribe.done" : "guildhall.digest.unsubscribe.invalid";
        model.put("unsubscribed", done);
        model.put("title", text.apply("guildhall.digest.unsubscribe.title"));
        model.put("readOnly", readOnly);
        model.put("message", text.apply(message));
        model.put("preferencesLabel", text.apply("guildhall.digest.unsubscribe.preferences"));
        model.put("preferencesUrl", links.baseUrl(false) + DigestMail.PREFERENCES_PATH);
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}
