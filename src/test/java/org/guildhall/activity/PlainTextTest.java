package org.guildhall.activity;

import org.junit.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Excerpts of CommonMark and storage format are short plain text. */
public class PlainTextTest {

    @Test
    public void excerpt_dropsTagsAndMarkup_keepsLinkTextWordsAndEscapedText() {
        assertThat(PlainText.excerpt("<p>Which <b>grinder</b>?</p><p>a &gt; b &amp; c</p>", 100),
                is("Which grinder? a > b & c"));
        assertThat(PlainText.excerpt("# Title\n\nUse **snake_case** and [the docs](http://x.example)!", 100),
                is("Title Use snake_case and the docs!"));
    }

    @Test
    public void shorten_cutsWithAnEllipsis_andNeverSplitsASurrogatePair() {
        assertThat(PlainText.shorten("abcdef", 4), is("abc\u2026"));
        assertThat(PlainText.shorten("ab\uD83D\uDE00cd", 4), is("ab\u2026"));
        assertThat(PlainText.shorten(null, 4), is(""));
    }
}
