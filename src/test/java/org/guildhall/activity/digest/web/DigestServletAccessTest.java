package org.guildhall.activity.digest.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import org.junit.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Since Platform 7 (Confluence 9 and 10) Confluence lets only licensed users reach a servlet unless the servlet says
 * otherwise (the workbench does not play this part, so the annotations are checked here): the one-click unsubscribe
 * link of a digest mail must open for somebody who is not logged in, even on a site closed to anonymous visitors;
 * the digest page itself stays for logged-in people.
 */
public class DigestServletAccessTest {

    @Test
    public void theUnsubscribeLinkOpensWithoutLogin_evenWhereTheSiteIsClosedToAnonymousVisitors() {
        assertThat(DigestUnsubscribeServlet.class.isAnnotationPresent(UnrestrictedAccess.class), is(true));
    }

    @Test
    public void theDigestPageKeepsTheHostsDefault_loggedInPeopleOnly() {
        assertThat(DigestPageServlet.class.isAnnotationPresent(UnrestrictedAccess.class), is(false));
    }
}
