package org.guildhall.expertise.web;

import org.guildhall.expertise.Endorsement;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.ExpertFinder;
import org.guildhall.expertise.ExpertiseReading;
import org.guildhall.expertise.Profile;
import org.guildhall.expertise.Skill;
import org.guildhall.platform.People.Person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the expertise API, and the links its items carry. */
public final class ExpertiseJson {

    static final String PEOPLE_PATH = "/plugins/servlet/guildhall/people/";
    static final String QUESTIONS_PATH = "/plugins/servlet/guildhall/questions/";

    private ExpertiseJson() {
    }

    public record PersonJson(String userKey, String displayName, String url) {
    }

    public record SkillJson(String topic, String level) {
    }

    public record ProfileJson(String userKey, List<SkillJson> skills, String askMeAbout, String availability,
                              String busyUntil, boolean availableNow) {
    }

    /** @param url a link to the answer, question, page or blog post */
    public record EvidenceJson(String type, long postId, Long questionId, String title, String topic,
                               String community, double points, double pointsNow, String occurredAt, String url) {
    }

    public record EndorsementJson(long id, PersonJson endorser, String topic, EvidenceRefJson evidence,
                                  String endorsedAt, double pointsNow) {
    }

    public record EvidenceRefJson(String type, long id, String title) {
    }

    /** The numbers behind a topic's score ("why"). */
    public record WhyJson(double evidencePoints, double undecayedPoints, double endorsementPoints, int acceptedAnswers,
                          int answers, int questions, int pages, int endorsements, String formula) {
    }

    public record TopicJson(String topic, String level, double score, WhyJson why, List<EvidenceJson> evidence,
                            List<EndorsementJson> endorsements) {
    }

    /**
     * @param moreTopics          true when the person has evidence in topics beyond those listed (their strongest)
     * @param recentAnswersCursor where {@code GET /people/{userKey}/answers} goes on; null when that was all
     */
    public record ExpertiseResponse(PersonJson person, ProfileJson profile, List<TopicJson> topics,
                                    boolean moreTopics, List<EvidenceJson> recentAnswers, String recentAnswersCursor,
                                    String computedAt) {
    }

    /** @param nextCursor null on the last page */
    public record AnswersResponse(List<EvidenceJson> answers, String nextCursor) {
    }

    public record ExpertJson(PersonJson person, double score, WhyJson why, String availability, boolean availableNow,
                             String askMeAbout, List<EvidenceJson> evidence) {
    }

    public record ExpertsResponse(List<String> topics, List<ExpertJson> results) {
    }

    static final String FORMULA = "answer: 1 + score (counted from -1 to 10); accepted: +5; question: 0.5; page: 3 (an editor: 1);"
            + " each halves every 365 days; endorsement: 2, halving every 180 days";

    static PersonJson person(Person person, String baseUrl) {
        return new PersonJson(person.userKey(), person.displayName(), personUrl(baseUrl, person.userKey()));
    }

    static String personUrl(String baseUrl, String userKey) {
        return baseUrl + PEOPLE_PATH + URLEncoder.encode(userKey, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ProfileJson profile(Profile profile, Instant now) {
        return new ProfileJson(profile.personKey(),
                profile.skills().stream().map(ExpertiseJson::skill).toList(), profile.askMeAbout(),
                profile.availability().id(),
                profile.busyUntil() == null ? null : profile.busyUntil().toString().substring(0, 10),
                profile.available(now));
    }

    static SkillJson skill(Skill skill) {
        return new SkillJson(skill.topic(), skill.level().id());
    }

    static EvidenceJson evidence(ExpertiseReading.EvidenceView view, String baseUrl) {
        EvidenceItem item = view.item();
        return new EvidenceJson(item.kind().id(), item.postId(), item.questionId(), view.questionTitle(), item.topic(),
                view.community() == null ? null : view.community().spaceKey(), round(item.points()),
                round(view.pointsNow()), item.occurredAt().toString(), evidenceUrl(item, baseUrl));
    }

    static String evidenceUrl(EvidenceItem item, String baseUrl) {
        if (item.kind() == EvidenceKind.PAGE) {
            return baseUrl + "/pages/viewpage.action?pageId=" + item.postId();
        }
        if (item.questionId() == null) {
            return null;
        }
        String question = baseUrl + QUESTIONS_PATH + item.questionId();
        return item.kind() == EvidenceKind.QUESTION ? question : question + "#answer-" + item.postId();
    }

    static EndorsementJson endorsement(ExpertiseReading.EndorsementView view, String baseUrl) {
        Endorsement endorsement = view.endorsement();
        return new EndorsementJson(endorsement.id(), new PersonJson(endorsement.endorserKey(), view.endorserName(),
                personUrl(baseUrl, endorsement.endorserKey())), endorsement.topic(),
                new EvidenceRefJson(endorsement.evidenceKind().id(), endorsement.evidenceId(), view.evidenceTitle()),
                endorsement.endorsedAt().toString(), round(view.pointsNow()));
    }

    static ExpertiseResponse expertise(ExpertiseReading.Expertise expertise, String baseUrl) {
        List<TopicJson> topics = expertise.topics().stream().map(topic -> new TopicJson(topic.topic(),
                topic.level() == null ? null : topic.level().id(), round(topic.score()),
                new WhyJson(round(topic.evidencePoints()), round(topic.undecayedPoints()),
                        round(topic.endorsementPoints()), topic.accepted(), topic.answers(), topic.questions(),
                        topic.pages(), topic.endorsements().size(), FORMULA),
                topic.evidence().stream().map(view -> evidence(view, baseUrl)).toList(),
                topic.endorsements().stream().map(view -> endorsement(view, baseUrl)).toList())).toList();
        return new ExpertiseResponse(person(expertise.person(), baseUrl),
                profile(expertise.profile(), expertise.computedAt()), topics, expertise.moreTopics(),
                expertise.recentAnswers().stream().map(view -> evidence(view, baseUrl)).toList(),
                expertise.recentAnswersCursor(), expertise.computedAt().toString());
    }

    static AnswersResponse answers(ExpertiseReading.AnswerPage page, String baseUrl) {
        return new AnswersResponse(page.answers().stream().map(view -> evidence(view, baseUrl)).toList(),
                page.nextCursor());
    }

    static ExpertsResponse experts(ExpertFinder.Result result, String baseUrl, Instant now) {
        return new ExpertsResponse(result.topics(), result.experts().stream().map(expert -> new ExpertJson(
                person(expert.person(), baseUrl), round(expert.score()),
                new WhyJson(round(expert.evidencePoints()), 0, round(expert.endorsementPoints()), expert.accepted(),
                        expert.answers(), expert.questions(), 0, expert.endorsements(), FORMULA),
                expert.profile().availability().id(), expert.profile().available(now), expert.profile().askMeAbout(),
                expert.evidence().stream().map(view -> evidence(view, baseUrl)).toList())).toList());
    }

    /** Two decimals: enough to explain a score, without floating-point noise. */
    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
