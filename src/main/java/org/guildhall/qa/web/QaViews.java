package org.guildhall.qa.web;

import org.guildhall.community.Community;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.Clock;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.qa.Answer;
import org.guildhall.qa.PostRenderer;
import org.guildhall.qa.QaPermissions.Access;
import org.guildhall.qa.Question;
import org.guildhall.qa.PostType;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.ListPage;
import org.guildhall.qa.QuestionReading.QuestionPage;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what {@link QuestionReading} reads into what the Q&A templates show: escaped-by-default values, bodies
 * rendered and sanitised by {@link PostRenderer} (the only source of the {@code bodyHtml} values), links with readable
 * slugs, times both relative and exact, and the reader's permitted actions.
 */
@Component
public class QaViews {

    private final AccessMode accessMode;

    static final String QUESTIONS_PATH = "/plugins/servlet/guildhall/questions";
    static final String TOPICS_PATH = "/plugins/servlet/guildhall/topics";
    private static final int SLUG_MAX = 80;
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final PostRenderer renderer;
    private final Links links;
    private final I18n i18n;
    private final Clock clock;

    public QaViews(PostRenderer renderer, Links links, I18n i18n, Clock clock, AccessMode accessMode) {
        this.accessMode = accessMode;
        this.renderer = renderer;
        this.links = links;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A moment: ISO for {@code datetime}, exact for the tooltip, relative ("3 hours ago") for the text. */
    public record TimeView(String iso, String exact, String relative) {
    }

    /** A person next to a post; {@code url} is the original profile of an imported author, else null. */
    public record AuthorView(String displayName, String url, int reputation, boolean external) {
    }

    /** A topic lozenge linking to the topic page. */
    public record TopicLink(String name, String url) {
    }

    /** A comment (plain text, escaped by the template). */
    public record CommentView(long id, String body, AuthorView author, TimeView created) {
    }

    /** A question as a list row, an embed or the head of its page. */
    public record QuestionView(long id, String title, String url, String bodyHtml, int score, int answerCount,
                               boolean accepted, String state, String closeReason, boolean deleted,
                               List<TopicLink> topics, AuthorView author, TimeView created, TimeView edited,
                               String communityName, String communityUrl, String sourceUrl, int revision) {
    }

    /** An answer on the question page with what the reader may do with it; {@code source} is its CommonMark. */
    public record AnswerView(long id, String bodyHtml, String source, int score, boolean accepted, boolean deleted, AuthorView author,
                             TimeView created, TimeView edited, String sourceUrl, int revision, int myVote,
                             List<CommentView> comments, boolean canEdit, boolean canDelete, boolean canRestore,
                             boolean canVote, boolean canComment, boolean canAccept) {
    }

    /** What the reader may do with the question itself. */
    public record QuestionActions(int myVote, boolean loggedIn, boolean canEdit, boolean canDelete,
                                  boolean canRestore, boolean canVote, boolean canComment, boolean canAnswer,
                                  boolean canAccept, boolean canClose, boolean canReopen, boolean canFollow,
                                  boolean following) {
    }

    /** @return a readable URL part from a title: lower-case ASCII letters and digits joined by hyphens */
    public static String slug(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > SLUG_MAX) {
            plain = plain.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "question" : plain;
    }

    /** @return the question page's canonical path below the context path, with its slug */
    public static String questionPath(long id, String title) {
        return QUESTIONS_PATH + "/" + id + "/" + slug(title);
    }

    String questionUrl(Question question, boolean absolute) {
        return links.baseUrl(absolute) + questionPath(question.id(), question.title());
    }

    String topicUrl(String topic, boolean absolute) {
        return links.baseUrl(absolute) + TOPICS_PATH + "/" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
    }

    /** @return the browse page of one community's questions */
    String questionsUrl(String spaceKey, boolean absolute) {
        return links.baseUrl(absolute) + QUESTIONS_PATH + "?community=" + URLEncoder.encode(spaceKey,
                StandardCharsets.UTF_8);
    }

    String spaceUrl(String spaceKey, boolean absolute) {
        return links.baseUrl(absolute) + "/display/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
    }

    TimeView time(Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = Math.max(0, Duration.between(instant, clock.now()).getSeconds());
        String relative;
        if (seconds < 60) {
            relative = i18n.text("guildhall.time.now");
        } else if (seconds < 3600) {
            relative = i18n.text("guildhall.time.minutes", seconds / 60);
        } else if (seconds < 86400) {
            relative = i18n.text("guildhall.time.hours", seconds / 3600);
        } else if (seconds < 86400L * 45) {
            relative = i18n.text("guildhall.time.days", seconds / 86400);
        } else if (seconds < 86400L * 365) {
            relative = i18n.text("guildhall.time.months", seconds / (86400L * 30));
        } else {
            relative = i18n.text("guildhall.time.years", seconds / (86400L * 365));
        }
        return new TimeView(instant.toString(), EXACT.format(instant), relative);
    }

    AuthorView author(QuestionReading.AuthorView author) {
        if (author == null || author.displayName() == null || author.displayName().isEmpty()) {
            return new AuthorView(i18n.text("guildhall.questions.unknown-person"), author == null ? null : author.profileUrl(),
                    author == null ? 0 : author.reputation(), author != null && author.external());
        }
        return new AuthorView(author.displayName(), author.profileUrl(), author.reputation(), author.external());
    }

    List<TopicLink> topics(List<String> topics, boolean absolute) {
        return topics.stream().map(topic -> new TopicLink(topic, topicUrl(topic, absolute))).toList();
    }

    /** @param withBody false for list rows, which show no body */
    QuestionView question(Question question, QuestionReading.AuthorView author, Community community, boolean withBody,
                          boolean absolute) {
        return new QuestionView(question.id(), question.title(), questionUrl(question, absolute),
                withBody ? renderer.render(question.body()) : "", question.score(), question.answerCount(),
                question.acceptedAnswerId() != null, question.state().id(),
                question.closeReason() == null ? null : question.closeReason().id(), question.deleted(),
                topics(question.topics(), absolute), author(author), time(question.createdAt()),
                question.revision() > 1 ? time(question.updatedAt()) : null,
                community == null ? null : community.name(),
                community == null ? null : spaceUrl(community.spaceKey(), absolute), question.sourceUrl(),
                question.revision());
    }

    List<QuestionView> rows(ListPage page, boolean absolute) {
        return page.questions().stream().map(question -> question(question, page.author(question.author()),
                page.communities().get(question.communityId()), false, absolute)).toList();
    }

    List<CommentView> comments(QuestionPage thread, PostType postType, long postId) {
        return thread.comments().stream()
                .filter(comment -> comment.postType() == postType && comment.postId() == postId)
                .map(comment -> new CommentView(comment.id(), comment.body(), author(thread.author(comment.author())),
                        time(comment.createdAt())))
                .toList();
    }

    AnswerView answer(QuestionPage thread, Answer answer, boolean absolute) {
        Access access = thread.access();
        return new AnswerView(answer.id(), renderer.render(answer.body()), answer.body(), answer.score(), answer.accepted(),
                answer.deleted(), author(thread.author(answer.author())), time(answer.createdAt()),
                answer.revision() > 1 ? time(answer.updatedAt()) : null, answer.sourceUrl(), answer.revision(),
                thread.myVotes().getOrDefault("answer:" + answer.id(), 0), comments(thread, PostType.ANSWER, answer.id()),
                access.canEdit(answer.author(), answer.deleted()), access.canDelete(answer.author(), answer.deleted()),
                access.canRestore(answer.deleted()), access.canVote(answer.author(), answer.deleted()),
                access.canComment(answer.deleted()), access.canAccept() && !answer.deleted());
    }

    QuestionActions actions(QuestionPage thread) {
        Access access = thread.access();
        Question question = access.question();
        return new QuestionActions(thread.myVotes().getOrDefault("question:" + question.id(), 0),
                access.userKey().isPresent(), access.canEdit(question.author(), question.deleted()),
                access.canDelete(question.author(), question.deleted()), access.canRestore(question.deleted()),
                access.canVote(question.author(), question.deleted()), access.canComment(question.deleted()),
                access.canAnswer(), access.canAccept(), access.canClose(), access.canReopen(), access.canFollow(),
                thread.following());
    }

    /** @return the model entries every Q&A template may use: the base URL for links and forms */
    /** @return the model every Q&A template starts from: {@code baseUrl}, {@code readOnly} (Confluence read-only) */
    Map<String, Object> base(boolean absolute) {
        return new java.util.HashMap<>(Map.of("baseUrl", links.baseUrl(absolute), "readOnly", accessMode.readOnly()));
    }
}
