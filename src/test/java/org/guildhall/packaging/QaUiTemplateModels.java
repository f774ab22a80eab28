package org.guildhall.packaging;

import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.web.QaViews;
import org.guildhall.qa.web.QuestionPageServlet;
import org.guildhall.qa.web.TopicListMacro;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/** What the question and topic templates' references hold (see {@link TemplateModels}). */
final class QaUiTemplateModels {

    private static final Map<String, Class<?>> LIST_ROWS = Map.ofEntries(
            entry("rows", List.class),
            entry("row", QaViews.QuestionView.class),
            entry("topic", QaViews.TopicLink.class),
            entry("showCommunity", Boolean.class));

    static final Map<String, Map<String, Class<?>>> BY_TEMPLATE = Map.ofEntries(
            entry("templates/qa/question-page.vm", Map.ofEntries(
                    entry("baseUrl", String.class),
                    entry("readOnly", Boolean.class),
                    entry("question", QaViews.QuestionView.class),
                    entry("actions", QaViews.QuestionActions.class),
                    entry("questionComments", List.class),
                    entry("answers", List.class),
                    entry("answer", QaViews.AnswerView.class),
                    entry("topic", QaViews.TopicLink.class),
                    entry("spaceName", String.class),
                    entry("spaceUrl", String.class),
                    entry("spaceKey", String.class),
                    entry("questionsUrl", String.class),
                    entry("duplicateOf", QaViews.QuestionView.class),
                    entry("duplicates", List.class),
                    entry("duplicate", QaViews.QuestionView.class),
                    entry("closeReasons", List.class),
                    entry("closeReason", String.class),
                    entry("velocityCount", Integer.class),
                    entry("questionTopics", String.class),
                    entry("questionBody", String.class),
                    entry("comments", List.class),
                    entry("commentPath", String.class),
                    entry("canComment", Boolean.class),
                    entry("commentsId", String.class))),
            entry("templates/qa/comments.vm", Map.of(
                    "comments", List.class,
                    "comment", QaViews.CommentView.class,
                    "commentPath", String.class,
                    "canComment", Boolean.class,
                    "commentsId", String.class)),
            entry("templates/qa/question-list.vm", Map.ofEntries(
                    entry("baseUrl", String.class),
                    entry("rows", List.class),
                    entry("showCommunity", Boolean.class),
                    entry("community", String.class),
                    entry("topic", String.class),
                    entry("state", String.class),
                    entry("sort", String.class),
                    entry("limit", Integer.class),
                    entry("stateOptions", List.class),
                    entry("sortOptions", List.class),
                    entry("option", String.class),
                    entry("nextCursor", String.class),
                    entry("listUrl", String.class),
                    entry("fragment", Boolean.class),
                    entry("interactive", Boolean.class),
                    entry("controls", Boolean.class),
                    entry("listId", String.class))),
            entry("templates/qa/question-rows.vm", LIST_ROWS),
            entry("templates/qa/questions-page.vm", Map.of(
                    "baseUrl", String.class,
                    "listHtml", String.class,
                    "community", String.class)),
            entry("templates/qa/topic-page.vm", Map.of(
                    "baseUrl", String.class,
                    "topic", QuestionReading.TopicPage.class,
                    "listHtml", String.class)),
            entry("templates/qa/not-found.vm", Map.of("baseUrl", String.class)),
            entry("templates/admin/settings.vm", Map.of(
                    "readOnly", Boolean.class,
                    "feature", String.class,
                    "weight", String.class)),
            entry("templates/qa/import-admin.vm", Map.of(
                    "communities", List.class,
                    "community", org.guildhall.community.Community.class,
                    "readOnly", Boolean.class)),
            entry("templates/qa/revisions-page.vm", Map.of(
                    "baseUrl", String.class,
                    "question", QaViews.QuestionView.class,
                    "answerId", Long.class,
                    "revisions", List.class,
                    "revision", QuestionPageServlet.RevisionView.class,
                    "line", QuestionPageServlet.DiffLine.class,
                    "spaceName", String.class,
                    "spaceUrl", String.class)),
            entry("templates/qa/ask.vm", Map.ofEntries(
                    entry("baseUrl", String.class),
                    entry("readOnly", Boolean.class),
                    entry("available", Boolean.class),
                    entry("interactive", Boolean.class),
                    entry("loggedIn", Boolean.class),
                    entry("spaceKey", String.class),
                    entry("communityName", String.class),
                    entry("communityTopics", String.class),
                    entry("questionsUrl", String.class),
                    entry("loginUrl", String.class),
                    entry("formId", String.class),
                    entry("titleMax", Integer.class))),
            entry("templates/qa/question-embed.vm", Map.of(
                    "baseUrl", String.class,
                    "available", Boolean.class,
                    "question", QaViews.QuestionView.class,
                    "answer", QaViews.AnswerView.class,
                    "topic", QaViews.TopicLink.class)),
            entry("templates/qa/topics.vm", Map.of(
                    "baseUrl", String.class,
                    "topics", List.class,
                    "topic", TopicListMacro.TopicRow.class)));

    private QaUiTemplateModels() {
    }
}
