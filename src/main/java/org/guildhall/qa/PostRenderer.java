package org.guildhall.qa;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the CommonMark source of a question, answer or comment into HTML that is safe to put into any page: rendered
 * by CommonMark (with GitHub-style tables), then sanitised by the OWASP Java HTML Sanitizer with an allow-list. Every
 * output path (REST {@code bodyHtml}, pages, macros, mail) goes through {@link #render}; nothing else may turn a body
 * into HTML.
 * <p>
 * Raw HTML inside the Markdown is kept by CommonMark (imported Stack Exchange posts are HTML) and then filtered like
 * everything else. What survives: paragraphs, headings, emphasis, code, quotes, lists, tables, rules, links to
 * {@code http}, {@code https} and {@code mailto} (with {@code rel="nofollow noopener"}) and images from
 * {@code https} only. Never scripts, styles, event handlers, frames, forms or {@code data:}/{@code javascript:} URLs.
 */
@Component
public class PostRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** CommonMark's own URL sanitising is a first line; the policy below is the one that counts. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).build();
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern ALIGNMENT = Pattern.compile("(?i)left|right|center");
    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,4}");

    /** Images only from https, so a page served over https never loads mixed or tracking-by-http content. */
    private static final AttributePolicy HTTPS_ONLY = (element, attribute, value) ->
            value.trim().toLowerCase(Locale.ROOT).startsWith("https://") ? value.trim() : null;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "u", "del", "s", "strike", "sup", "sub", "kbd", "mark", "small",
                    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "caption", "a", "img", "span", "div", "details", "summary")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img", "abbr")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src").matching(HTTPS_ONLY).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(SMALL_NUMBER).onElements("img")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("align").matching(ALIGNMENT).onElements("th", "td")
            .allowAttributes("start").matching(SMALL_NUMBER).onElements("ol")
            .toFactory();

    /**
     * @param markdown CommonMark source (may contain HTML); null is treated as empty
     * @return sanitised HTML, safe to insert into a page without further escaping
     */
    public String render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(html);
    }
}
