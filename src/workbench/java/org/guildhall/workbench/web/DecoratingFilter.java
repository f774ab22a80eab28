package org.guildhall.workbench.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decorates plugin servlet pages as Confluence's SiteMesh does: an HTML response whose head says
 * {@code <meta name="decorator" content="atl.general">} (or {@code atl.admin}, which the workbench draws with the same
 * chrome: it has no separate administration console) is taken apart, and its {@code <title>} and
 * {@code <body>} are put into the workbench chrome with the web resources the servlet required. Other responses
 * (JSON, redirects, errors, undecorated HTML) pass through unchanged.
 */
final class DecoratingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+(?:name=[\"']decorator[\"']\\s+content=[\"']atl\\.(?:general|admin)[\"']|content=[\"']atl\\.(?:general|admin)[\"']\\s+name=[\"']decorator[\"'])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final transient PageChrome chrome;

    DecoratingFilter(PageChrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] content = buffered.content();
        if (content.length == 0 || response.isCommitted()) {
            return;
        }
        String contentType = buffered.getContentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            String html = new String(content, StandardCharsets.UTF_8);
            if (DECORATOR.matcher(html).find()) {
                Matcher title = TITLE.matcher(html);
                Matcher body = BODY.matcher(html);
                chrome.send(request, response, buffered.getStatus(), new PageChrome.Page(
                        title.find() ? title.group(1).trim() : "", body.find() ? body.group(1) : html, null));
                return;
            }
        }
        response.getOutputStream().write(content);
    }

    /** Keeps what the servlet writes so that it can be decorated; redirects and errors go straight through. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("The workbench buffers plugin servlet output");
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int length) {
            // the decorated page has another length
        }

        @Override
        public void setContentLengthLong(long length) {
            // the decorated page has another length
        }

        @Override
        public void flushBuffer() {
            // nothing is sent until the filter has decided
        }

        byte[] content() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
