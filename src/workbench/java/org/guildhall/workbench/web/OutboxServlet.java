package org.guildhall.workbench.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.mail.CapturedMail;
import org.guildhall.workbench.mail.WorkbenchMailServer;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /workbench/outbox}: the mail the workbench's SMTP server captured, newest first — the workbench's own page
 * (Confluence has nothing like it), so developers and browser tests can read what the app sent.
 * {@code /workbench/outbox/<n>} shows one message: its plain-text part as text and its HTML part in a sandboxed
 * frame loaded from {@code /workbench/outbox/<n>/html}, which is served with a {@code sandbox} Content-Security-Policy
 * so that nothing in a message can run script or reach the workbench's origin.
 */
final class OutboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern MESSAGE = Pattern.compile("/(\\d{1,9})(/html)?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient WorkbenchMailServer mailServer;
    private final transient PageChrome chrome;

    OutboxServlet(WorkbenchMailServer mailServer, PageChrome chrome) {
        this.mailServer = mailServer;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || "/".equals(path)) {
            list(request, response);
            return;
        }
        Matcher matcher = MESSAGE.matcher(path);
        Optional<CapturedMail> mail = matcher.matches()
                ? mailServer.message(Integer.parseInt(matcher.group(1))) : Optional.empty();
        if (mail.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (matcher.group(2) != null) {
            htmlPart(response, mail.get());
        } else {
            message(request, response, mail.get());
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CapturedMail mail : mailServer.messages()) {
            rows.add(row(request, mail));
        }
        Collections.reverse(rows);
        Map<String, Object> model = new HashMap<>();
        model.put("messages", rows);
        String content = chrome.content("outbox.vm", model);
        chrome.send(request, response, HttpServletResponse.SC_OK, new PageChrome.Page("Outbox (workbench)", content, null));
    }

    private void message(HttpServletRequest request, HttpServletResponse response, CapturedMail mail)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("message", row(request, mail));
        model.put("outboxHref", request.getContextPath() + "/workbench/outbox");
        model.put("htmlPartHref", mail.html() == null ? null
                : request.getContextPath() + "/workbench/outbox/" + mail.number() + "/html");
        model.put("textPart", mail.text());
        String content = chrome.content("outbox-message.vm", model);
        chrome.send(request, response, HttpServletResponse.SC_OK,
                new PageChrome.Page(mail.subject() + " – Outbox (workbench)", content, null));
    }

    /** The HTML part as the recipient's mail client would get it; the CSP sandbox keeps its scripts from running. */
    private static void htmlPart(HttpServletResponse response, CapturedMail mail) throws IOException {
        if (mail.html() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy",
                "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(mail.html());
    }

    private static Map<String, Object> row(HttpServletRequest request, CapturedMail mail) {
        Map<String, Object> row = new HashMap<>();
        row.put("number", mail.number());
        row.put("to", mail.to());
        row.put("subject", mail.subject() == null ? "" : mail.subject());
        row.put("sentAt", mail.sentAt() == null ? "" : TIME.format(mail.sentAt()));
        row.put("href", request.getContextPath() + "/workbench/outbox/" + mail.number());
        return row;
    }
}
