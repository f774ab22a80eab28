package org.guildhall.qa.web;

import org.junit.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Readable question URLs: the slug made from a title. */
public class QaViewsTest {

    @Test
    public void slug_keepsLettersAndDigitsInLowerCase_joinedByHyphens() {
        assertThat(QaViews.slug("Why does my Espresso taste sour? (25 s)"), is("why-does-my-espresso-taste-sour-25-s"));
    }

    @Test
    public void slug_dropsAccentsAndMarkup() {
        assertThat(QaViews.slug("Crème brûlée <script>alert(1)</script> latte"), is("creme-brulee-script-alert-1-script-latte"));
    }

    @Test
    public void slug_isNeverEmptyNorLongerThan80Characters() {
        assertThat(QaViews.slug("???"), is("question"));
        assertThat(QaViews.slug("咖啡"), is("question"));
        assertThat(QaViews.slug("word ".repeat(40)).length() <= 80, is(true));
        assertThat(QaViews.slug("word ".repeat(40)).endsWith("-"), is(false));
    }

    @Test
    public void questionPath_isTheServletPathWithIdAndSlug() {
        assertThat(QaViews.questionPath(42, "Moka pot?"), is("/plugins/servlet/guildhall/questions/42/moka-pot"));
    }
}
