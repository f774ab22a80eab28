package org.guildhall.qa;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

public class PostRendererTest {

    /** Known XSS payloads, raw and wrapped in Markdown, from the usual cheat sheets. */
    static final List<String> XSS_PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\">",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<img src=javascript:alert(1)>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
            "<a href=\"&#x6A;avascript:alert(1)\">hex entities</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
            "<a href=\" javascript:alert(1)\">space</a>",
            "<a href=\"vbscript:msgbox(1)\">vb</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">handler</a>",
            "<a href=\"https://ok.example\" onmouseover=alert(1)>handler</a>",
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](javascript&#58;alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x]( javascript:alert(1) )",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![y](javascript:alert(1))",
            "![y](data:image/png;base64,AAAA)",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">style</div>",
            "<div style=\"width: expression(alert(1))\">expression</div>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<button formaction=\"javascript:alert(1)\">b</button>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<audio src=x onerror=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<marquee onstart=alert(1)>m</marquee>",
            "<base href=\"javascript:alert(1)//\">",
            "<p <img src=x onerror=alert(1)>",
            "<div><p><a href=\"javascript:alert(1)\">unclosed",
            "<<script>script>alert(1)<</script>/script>",
            "<img \"\"\"><script>alert(1)</script>\">",
            "<table background=\"javascript:alert(1)\"><tr><td>t</td></tr></table>",
            "<td background=\"javascript:alert(1)\">",
            "`<script>alert(1)</script>`",
            "```\n<script>alert(1)</script>\n```",
            "<code class=\"x\" onclick=alert(1)>c</code>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<a href=\"https://ok.example\" style=\"position:fixed;top:0\">overlay</a>",
            "<img src=\"http://insecure.example/a.png\">",
            "<x onclick=alert(1)>custom</x>",
            "<a href='//evil.example/%0Ajavascript:alert(1)'>protocol-relative</a>");

    private final PostRenderer renderer = new PostRenderer();

    @Test
    public void aCachingRendererGivesWhatRenderingAgainGives_forLongAndShortPosts() {
        PostRenderer caching = new PostRenderer(new org.guildhall.testing.MapCacheManager());
        String padding = "Some words about grinding coffee beans. ".repeat(10);
        for (String payload : XSS_PAYLOADS) {
            for (String input : List.of(payload, padding + "\n\n" + payload, payload + "\n\n" + padding)) {
                String first = caching.render(input);
                assertThat(input, caching.render(input), is(first));
                assertThat(input, first, is(renderer.render(input)));
            }
        }
    }

    @Test
    public void anEditedPostRendersItsNewText_becauseTheCacheIsKeyedByTheTextItself() {
        PostRenderer caching = new PostRenderer(new org.guildhall.testing.MapCacheManager());
        String before = "Some words about grinding coffee beans. ".repeat(10) + "\n\nUse a **burr** grinder.";
        String after = before.replace("**burr**", "**blade**");

        String first = caching.render(before);
        String edited = caching.render(after);

        assertThat(first.contains("<strong>burr</strong>"), is(true));
        assertThat(edited.contains("<strong>blade</strong>"), is(true));
        assertThat(edited.contains("burr"), is(false));
        assertThat(caching.render(before), is(first));
    }

    @Test
    public void render_leavesNothingExecutableOfAnyKnownPayload() {
        List<String> survivors = new ArrayList<>();
        for (String payload : XSS_PAYLOADS) {
            for (String input : List.of(payload, "Intro\n\n" + payload + "\n\nOutro", "> " + payload,
                    "- " + payload, "| a |\n|---|\n| " + payload + " |")) {
                String html = renderer.render(input);
                executableParts(html).forEach(part -> survivors.add(input + "  →  " + part + "  in  " + html));
            }
        }
        assertThat(survivors, is(empty()));
    }

    @Test
    public void render_keepsTheUsualFormatting() {
        String html = renderer.render("# Title\n\n*em* **strong** `code`\n\n- one\n- two\n\n1. first\n\n"
                + "> quote\n\n```java\nint x = 1 < 2;\n```\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n---");

        assertThat(html, containsString("<h1>Title</h1>"));
        assertThat(html, containsString("<em>em</em>"));
        assertThat(html, containsString("<strong>strong</strong>"));
        assertThat(html, containsString("<code>code</code>"));
        assertThat(html, containsString("<li>one</li>"));
        assertThat(html, containsString("<ol>"));
        assertThat(html, containsString("<blockquote>"));
        assertThat(html, containsString("<code class=\"language-java\">int x &#61; 1 &lt; 2;"));
        assertThat(html, containsString("<table>"));
        assertThat(html, containsString("<td align=\"center\">2</td>"));
        assertThat(html, containsString("<hr />"));
    }

    @Test
    public void render_keepsSafeLinksWithNofollowAndHttpsImages() {
        String html = renderer.render("[site](https://example.com/a?b=1) [mail](mailto:a@example.com) "
                + "![cup](https://example.com/cup.png \"A cup\")");

        assertThat(html, containsString("href=\"https://example.com/a?b&#61;1\""));
        // The sanitizer writes the rel values in no fixed order.
        assertThat(html, org.hamcrest.Matchers.anyOf(containsString("rel=\"noopener nofollow\""),
                containsString("rel=\"nofollow noopener\"")));
        assertThat(html, containsString("href=\"mailto:a&#64;example.com\""));
        assertThat(html, containsString("<img src=\"https://example.com/cup.png\" alt=\"cup\" title=\"A cup\" />"));
    }

    @Test
    public void render_dropsImagesServedOverPlainHttp() {
        assertThat(renderer.render("![cup](http://example.com/cup.png)"), not(containsString("src=")));
    }

    @Test
    public void render_ofNothingIsEmpty() {
        assertThat(renderer.render(null), is(""));
        assertThat(renderer.render(""), is(""));
    }

    private static final Pattern TAG = Pattern.compile("<\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final List<String> FORBIDDEN_TAGS = List.of("script", "style", "iframe", "object", "embed", "svg",
            "math", "link", "meta", "base", "form", "input", "button", "video", "audio", "source", "body", "marquee",
            "x", "frame", "frameset");

    /** Every tag, attribute or URL in the output that a browser could execute or that escapes the allow-list. */
    public static List<String> executableParts(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (FORBIDDEN_TAGS.contains(name)) {
                found.add("<" + name + ">");
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            String rest = tag.group(2).replaceAll("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"", "").trim();
            if (!rest.isEmpty() && !rest.equals("/")) {
                found.add("unquoted attribute text '" + rest + "'");
            }
            while (attribute.find()) {
                String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = decode(attribute.group(2)).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (attributeName.startsWith("on") || attributeName.equals("style")
                        || attributeName.equals("srcdoc") || attributeName.equals("formaction")
                        || attributeName.equals("background")) {
                    found.add(attributeName + "=");
                }
                // Empty (CommonMark's replacement for a refused URL), web, mail, relative and protocol-relative
                // URLs only navigate; anything else could run code.
                if ((attributeName.equals("href") || attributeName.equals("src")) && !(value.isEmpty()
                        || value.startsWith("https://") || value.startsWith("http://") || value.startsWith("mailto:")
                        || value.startsWith("/") || value.startsWith("#"))) {
                    found.add(attributeName + "=" + value);
                }
                if (attributeName.equals("src") && !value.startsWith("https://")) {
                    found.add("non-https image " + value);
                }
            }
        }
        return found;
    }

    /** Numeric character references, as a browser would decode them inside an attribute. */
    private static String decode(String value) {
        Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) code)));
        }
        reference.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&").replace("&quot;", "\"");
    }

    @Test
    public void excerpt_cutsTheRenderedTextAtAWordAndClosesWhatWasOpen() {
        PostRenderer.Excerpt excerpt = new PostRenderer().excerpt(
                "First **bold words here** and more\n\n- one item\n- two items", 20);

        assertThat(excerpt.text(), is("First bold words \u2026"));
        assertThat(excerpt.html(), is("<p>First <strong>bold words \u2026</strong></p>"));
    }

    @Test
    public void excerpt_keepsBlocksOnLinesOfTheirOwnInThePlainText() {
        PostRenderer.Excerpt excerpt = new PostRenderer().excerpt("Grind *finer*.\n\n- one &amp; two\n- three", 300);

        assertThat(excerpt.text(), is("Grind finer.\none & two\nthree"));
        assertThat(excerpt.html(), containsString("<li>one &amp; two</li>"));
    }

    @Test
    public void excerpt_ofEveryXssPayload_keepsNothingExecutable() {
        PostRenderer renderer = new PostRenderer();
        List<String> survivors = new ArrayList<>();
        for (String payload : XSS_PAYLOADS) {
            for (int length : new int[] {5, 300}) {
                String html = renderer.excerpt(payload + " trailing words to cut", length).html();
                if (!executableParts(html).isEmpty()) {
                    survivors.add(payload + " -> " + executableParts(html));
                }
            }
        }
        assertThat(survivors, is(empty()));
    }
}
