package org.guildhall.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.platform.DatabaseUnavailable;
import org.guildhall.platform.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Around the app's pages ({@code /plugins/servlet/guildhall/*}): a page that fails because the database cannot be
 * reached answers 503 with {@code Retry-After} and a short page saying so, in the reader's language where that can
 * still be looked up — instead of the host's generic error page for a 500. The page is plain (not decorated): the
 * decoration itself may need the database. Every other failure goes on to the host's error handling unchanged.
 */
public class DatabaseUnavailableFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final I18n i18n;

    public DatabaseUnavailableFilter(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()
                    || !(response instanceof HttpServletResponse http)) {
                throw e;
            }
            LOG.warn("The database cannot be reached; answering 503: {}", e.toString());
            sendUnavailablePage(http);
        }
    }

    private void sendUnavailablePage(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setContentType("text/html;charset=UTF-8");
        String title = escape(DatabaseUnavailableMapper.text(i18n, "guildhall.database-unavailable.title"));
        String message = escape(DatabaseUnavailableMapper.text(i18n, "guildhall.error.database-unavailable"));
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<main><h1>" + title + "</h1><p>" + message + "</p></main></body></html>");
        page.flush();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
