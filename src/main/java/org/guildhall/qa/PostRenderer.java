package org.guildhall.qa;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    /** Rendered bodies by a digest of their source: the same source always renders the same, so nothing goes stale. */
    static final String CACHE_NAME = "org.guildhall.qa.rendered-posts";
    /** Enough for the posts of the busiest pages; a few kilobytes each. */
    private static final int CACHED_BODIES = 5000;
    /** Shorter sources (most comments) render about as fast as they hash: not worth a cache entry. */
    private static final int SHORT_SOURCE = 200;

    /** Null without a cache manager: every call renders. */
    private final Cache<String, String> rendered;

    /** Without a cache: every call renders (unit tests, tools). */
    public PostRenderer() {
        this(null);
    }

    @Autowired
    public PostRenderer(@ComponentImport CacheManager caches) {
        // Local: a digest names its own content, so other nodes never hold a different value for a key and there is
        // nothing to invalidate; rendering and sanitising a long imported answer costs milliseconds, a lookup does not.
        this.rendered = caches == null ? null : caches.getCache(CACHE_NAME, null, new CacheSettingsBuilder().local()
                .maxEntries(CACHED_BODIES).expireAfterAccess(1, TimeUnit.HOURS).build());
    }

    /**
     * @param markdown CommonMark source (may contain HTML); null is treated as empty
     * @return sanitised HTML, safe to insert into a page without further escaping
     */
    public String render(String markdown) {
        String source = markdown == null ? "" : markdown;
        if (rendered == null || source.length() < SHORT_SOURCE) {
            return renderNow(source);
        }
        String key = digest(source);
        String html = rendered.get(key);
        if (html == null) {
            html = renderNow(source);
            rendered.put(key, html);
        }
        return html;
    }

    private static String renderNow(String source) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(source)));
    }

    private static String digest(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The start of a post for places that quote it (notification mail): at most {@code maxTextLength} characters of
     * its text, cut at a word boundary and marked with an ellipsis when cut.
     *
     * @param html sanitised HTML of the start, with every element that was open at the cut closed again
     * @param text the same start as plain text: blocks on lines of their own, no markup
     */
    public record Excerpt(String html, String text) {
    }

    /**
     * @param markdown CommonMark source (may contain HTML); null is treated as empty
     * @return the start of the rendered post as sanitised HTML and as plain text
     */
    public Excerpt excerpt(String markdown, int maxTextLength) {
        StringBuilder html = new StringBuilder();
        ExcerptWriter writer = new ExcerptWriter(html, maxTextLength);
        // The sanitised HTML is read again as a stream of events: the writer copies them until the text budget is
        // spent, then only closes what is open. The result goes through the policy once more, so a cut can never
        // produce anything the policy would not let through.
        HtmlSanitizer.sanitize(render(markdown), writer);
        return new Excerpt(POLICY.sanitize(html.toString()), writer.plainText());
    }

    /** Copies sanitiser events to HTML and plain text until the text budget is spent. */
    private static final class ExcerptWriter implements HtmlSanitizer.Policy {

        private static final Set<String> VOID = Set.of("br", "hr", "img");
        private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "details", "summary", "hr",
                "br", "caption");
        private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

        private final HtmlStreamRenderer out;
        private final StringBuilder text = new StringBuilder();
        private final Deque<String> open = new ArrayDeque<>();
        private int budget;
        private boolean cut;

        ExcerptWriter(StringBuilder html, int maxTextLength) {
            this.out = HtmlStreamRenderer.create(html, ignored -> { });
            this.budget = maxTextLength;
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            out.closeDocument();
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            if (cut) {
                return;
            }
            if (BLOCKS.contains(elementName)) {
                newLine();
            }
            out.openTag(elementName, attributes);
            if (!VOID.contains(elementName)) {
                open.push(elementName);
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (VOID.contains(elementName) || !open.contains(elementName)) {
                return;
            }
            while (!open.isEmpty()) {
                String closed = open.pop();
                out.closeTag(closed);
                if (closed.equals(elementName)) {
                    break;
                }
            }
            if (!cut && BLOCKS.contains(elementName)) {
                newLine();
            }
        }

        @Override
        public void text(String textChunk) {
            if (cut) {
                return;
            }
            String flat = SPACES.matcher(textChunk).replaceAll(" ");
            if (flat.isBlank()) {
                if (!flat.isEmpty() && text.length() > 0 && !endsWithSpace()) {
                    append(" ");
                }
                return;
            }
            if (endsWithSpace() && flat.startsWith(" ")) {
                flat = flat.substring(1);
            }
            if (flat.length() > budget) {
                int boundary = flat.lastIndexOf(' ', budget);
                flat = flat.substring(0, boundary > budget / 2 ? boundary : budget).stripTrailing() + " \u2026";
                cut = true;
            }
            append(flat);
            budget -= flat.length();
        }

        private void append(String chunk) {
            out.text(chunk);
            text.append(chunk);
        }

        private boolean endsWithSpace() {
            return text.length() == 0 || Character.isWhitespace(text.charAt(text.length() - 1));
        }

        private void newLine() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            text.setLength(end);
            if (end > 0 && text.charAt(end - 1) != '\n') {
                text.append('\n');
            }
        }

        String plainText() {
            return text.toString().strip();
        }
    }
}
