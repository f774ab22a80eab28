package org.guildhall.workbench.host;

import org.junit.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Confluence's Velocity escaping rule: encode every reference unless its name ends in Html. */
public class HtmlEscapingInsertionTest {

    private final HtmlEscapingInsertion escaping = new HtmlEscapingInsertion();

    @Test
    public void reference_isHtmlEncoded() {
        assertThat(escaping.referenceInsert("$name", "<b>\"Tom\" & 'Jerry'</b>"),
                is("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"));
    }

    @Test
    public void referenceWhoseNameEndsInHtml_isInsertedAsIs() {
        assertThat(escaping.referenceInsert("$bodyHtml", "<p>x</p>"), is("<p>x</p>"));
        assertThat(escaping.referenceInsert("${page.titleHtml}", "<i>t</i>"), is("<i>t</i>"));
        assertThat(escaping.referenceInsert("$!item.renderHtml()", "<i>t</i>"), is("<i>t</i>"));
    }

    @Test
    public void methodArgumentEndingInHtml_doesNotExemptTheReference() {
        assertThat(escaping.referenceInsert("$i18n.getText(\"key\", $nameHtml)", "<x>"), is("&lt;x&gt;"));
    }

    @Test
    public void nameThatOnlyContainsHtml_isStillEncoded() {
        assertThat(escaping.referenceInsert("$htmlTitle", "<x>"), is("&lt;x&gt;"));
    }
}
