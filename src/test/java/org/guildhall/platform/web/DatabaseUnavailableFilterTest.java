package org.guildhall.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.java.ao.ActiveObjectsException;
import org.guildhall.platform.I18n;
import org.junit.Before;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.Locale;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class DatabaseUnavailableFilterTest {

    private final I18n i18n = mock(I18n.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final StringWriter page = new StringWriter();
    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(i18n);

    @Before
    public void setUp() throws Exception {
        when(i18n.text("guildhall.database-unavailable.title")).thenReturn("Temporarily <unavailable>");
        when(i18n.text("guildhall.error.database-unavailable")).thenReturn("Guildhall cannot reach its database.");
        when(response.getWriter()).thenReturn(new PrintWriter(page));
    }

    @Test
    public void aPageThatFailsForWantOfTheDatabase_answers503WithRetryAfterAndAnEscapedPage() throws Exception {
        doThrow(new ServletException(new ActiveObjectsException(new SQLException("I/O error", "08006"))))
                .when(chain).doFilter(request, response);

        filter.doFilter(request, response, chain);

        verify(response).reset();
        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "10");
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(page.toString(), containsString("<h1>Temporarily &lt;unavailable&gt;</h1>"));
        assertThat(page.toString(), containsString("Guildhall cannot reach its database."));
    }

    @Test
    public void whenTheReadersLanguageCannotBeLookedUp_thePageIsInEnglish() throws Exception {
        when(i18n.text("guildhall.error.database-unavailable")).thenThrow(new IllegalStateException("no profile"));
        when(i18n.text(Locale.ENGLISH, "guildhall.error.database-unavailable"))
                .thenReturn("Cannot reach the database.");
        doThrow(new ActiveObjectsException(new SQLException("refused", "08001"))).when(chain).doFilter(request, response);

        filter.doFilter(request, response, chain);

        verify(response).setStatus(503);
        assertThat(page.toString(), containsString("Cannot reach the database."));
    }

    @Test
    public void otherFailures_goOnToTheHostsErrorHandling() throws Exception {
        IllegalStateException bug = new IllegalStateException("a bug");
        doThrow(bug).when(chain).doFilter(request, response);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> filter.doFilter(request, response, chain));

        assertThat(thrown, is(sameInstance(bug)));
        verify(response, never()).setStatus(503);
    }

    @Test
    public void aResponseAlreadySent_isLeftAlone() throws Exception {
        when(response.isCommitted()).thenReturn(true);
        doThrow(new ActiveObjectsException(new SQLException("I/O error", "08006"))).when(chain).doFilter(request, response);

        assertThrows(ActiveObjectsException.class, () -> filter.doFilter(request, response, chain));
        verify(response, never()).reset();
    }
}
