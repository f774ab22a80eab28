package org.guildhall.qa.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Links;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.CloseReason;
import org.guildhall.qa.QaPermissions;
import org.guildhall.qa.Question;
import org.guildhall.qa.PostType;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.QuestionPage;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question page, {@code /plugins/servlet/guildhall/questions/{id}/{slug}}, decorated like a Confluence page
 * with breadcrumbs to the community's space: the question, its answers (accepted first), comments and the actions the
 * reader may take (which call the REST API). {@code …/{id}/{slug}/revisions} shows the revision history of the
 * question or, with {@code ?answer=}, of one answer, each revision with a diff against the one before.
 * {@code /{id}} and a wrong slug redirect to the canonical URL. A question the reader may not see is a 404 page
 * exactly like one that does not exist; anonymous readers are sent to log in first, as Confluence does.
 * {@code /plugins/servlet/guildhall/questions} itself lists questions ({@link QuestionListPages}).
 */
public class QuestionPageServlet extends HttpServlet {

    private final transient FeatureGate featureGate;

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/qa/question-page.vm";
    static final String REVISIONS_TEMPLATE = "templates/qa/revisions-page.vm";
    static final String NOT_FOUND_TEMPLATE = "templates/qa/not-found.vm";
    private static final String PREFIX = "/plugins/servlet/guildhall/questions";

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient QaPermissions permissions;
    private final transient QuestionReading reading;
    private final transient QaViews views;
    private final transient QuestionListPages listPages;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient Links links;

    public QuestionPageServlet(FeatureGate featureGate,
                               CurrentUser currentUser, LoginRedirect loginRedirect, QaPermissions permissions,
                               QuestionReading reading,
                               QaViews views, QuestionListPages listPages, Templates templates,
                               WebResources webResources, Links links) {
        this.featureGate = featureGate;
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.permissions = permissions;
        this.reading = reading;
        this.views = views;
        this.listPages = listPages;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!featureGate.isOn(Feature.QA)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> parts = pathParts(request);
        if (parts.isEmpty()) {
            listPages.browse(request, response);
            return;
        }
        long id;
        try {
            id = Long.parseLong(parts.get(0));
        } catch (NumberFormatException notAnId) {
            notFound(request, response);
            return;
        }
        boolean revisions = parts.size() == 3 && parts.get(2).equals("revisions");
        if (parts.size() > 3 || parts.size() == 3 && !revisions) {
            notFound(request, response);
            return;
        }
        if (parts.size() == 1) {
            // only the id: redirect after the permission check alone, without reading the whole page
            Question question;
            try {
                question = permissions.access(id).question();
            } catch (NotFound hidden) {
                notFound(request, response);
                return;
            }
            redirectToCanonical(request, response, question, false);
            return;
        }
        QuestionPage thread;
        try {
            thread = reading.page(id);
        } catch (NotFound hidden) {
            notFound(request, response);
            return;
        }
        if (!parts.get(1).equals(QaViews.slug(thread.access().question().title()))) {
            redirectToCanonical(request, response, thread.access().question(), revisions);
            return;
        }
        if (revisions) {
            revisions(request, response, thread);
        } else {
            page(response, thread);
        }
    }

    private void redirectToCanonical(HttpServletRequest request, HttpServletResponse response, Question question,
                                     boolean revisions) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", links.baseUrl(false) + QaViews.questionPath(question.id(), question.title())
                + (revisions ? "/revisions" : "") + query);
    }

    private void page(HttpServletResponse response, QuestionPage thread) throws IOException {
        Question question = thread.access().question();
        Map<String, Object> model = views.base(false);
        model.put("question", views.question(question, thread.author(question.author()),
                thread.access().community(), true, false));
        model.put("actions", views.actions(thread));
        model.put("questionComments", views.comments(thread, PostType.QUESTION, question.id()));
        model.put("answers", thread.answers().stream().map(answer -> views.answer(thread, answer, false)).toList());
        model.put("spaceName", thread.access().community().name());
        model.put("spaceUrl", views.spaceUrl(thread.access().community().spaceKey(), false));
        model.put("spaceKey", thread.access().community().spaceKey());
        model.put("questionsUrl", views.questionsUrl(thread.access().community().spaceKey(), false));
        model.put("duplicateOf", thread.duplicateOf().map(original -> views.question(original, null, null, false,
                false)).orElse(null));
        model.put("duplicates", thread.duplicates().stream().map(duplicate -> views.question(duplicate, null, null,
                false, false)).toList());
        model.put("closeReasons", Arrays.stream(CloseReason.values()).map(CloseReason::id).toList());
        model.put("questionTopics", String.join(", ", question.topics()));
        model.put("questionBody", question.body());
        webResources.require("qa-question");
        send(response, HttpServletResponse.SC_OK, TEMPLATE, model);
    }

    /** One revision in the history: who, when, and its unified diff against the previous one. */
    public record RevisionView(int number, QaViews.AuthorView editor, QaViews.TimeView created,
                               List<DiffLine> changes) {
    }

    /** A diff line; {@code change} is {@code added}, {@code removed}, {@code hunk} or {@code same}. */
    public record DiffLine(String change, String text) {

        static DiffLine of(String line) {
            if (line.startsWith("+++") || line.startsWith("---")) {
                return null;
            }
            String change = line.startsWith("+") ? "added" : line.startsWith("-") ? "removed"
                    : line.startsWith("@@") ? "hunk" : "same";
            return new DiffLine(change, line);
        }
    }

    private void revisions(HttpServletRequest request, HttpServletResponse response, QuestionPage thread)
            throws IOException {
        Question question = thread.access().question();
        List<QuestionReading.RevisionView> revisions;
        Long answerId = null;
        try {
            String answer = request.getParameter("answer");
            if (answer == null) {
                revisions = reading.questionRevisions(question.id());
            } else {
                answerId = Long.parseLong(answer);
                if (reading.answer(answerId).answer().questionId() != question.id()) {
                    throw QaPermissions.notFound(question.id());
                }
                revisions = reading.answerRevisions(answerId);
            }
        } catch (NotFound | NumberFormatException hidden) {
            notFound(request, response);
            return;
        }
        List<RevisionView> shown = new ArrayList<>();
        for (QuestionReading.RevisionView revision : revisions) {
            shown.add(0, new RevisionView(revision.revision().number(), views.author(revision.editor()),
                    views.time(revision.revision().createdAt()),
                    revision.diff().stream().map(DiffLine::of).filter(java.util.Objects::nonNull).toList()));
        }
        Map<String, Object> model = views.base(false);
        model.put("question", views.question(question, thread.author(question.author()),
                thread.access().community(), false, false));
        model.put("answerId", answerId);
        model.put("revisions", shown);
        model.put("spaceName", thread.access().community().name());
        model.put("spaceUrl", views.spaceUrl(thread.access().community().spaceKey(), false));
        webResources.require("qa-common");
        send(response, HttpServletResponse.SC_OK, REVISIONS_TEMPLATE, model);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.userKey().isEmpty()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI() + query)).toString());
            return;
        }
        webResources.require("qa-common");
        send(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND_TEMPLATE, views.base(false));
    }

    private void send(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(template, model));
    }

    /** The path after {@code …/guildhall/questions}, split; read from the URI so it works under any mapping. */
    static List<String> pathParts(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = uri.indexOf(PREFIX);
        String rest = at < 0 ? "" : uri.substring(at + PREFIX.length());
        return Arrays.stream(rest.split("/")).filter(part -> !part.isEmpty()).toList();
    }

    static Optional<String> parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
