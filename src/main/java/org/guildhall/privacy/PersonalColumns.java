package org.guildhall.privacy;

import net.java.ao.RawEntity;
import org.guildhall.activity.Follow;
import org.guildhall.activity.ao.ActivityEntity;
import org.guildhall.activity.ao.FollowEntity;
import org.guildhall.activity.digest.ao.DigestPreferenceEntity;
import org.guildhall.activity.digest.ao.DigestRunEntity;
import org.guildhall.admin.ao.AuditEntryEntity;
import org.guildhall.analytics.SpotlightRecipient;
import org.guildhall.analytics.ao.FirstPostEntity;
import org.guildhall.analytics.ao.SpotlightRecipientEntity;
import org.guildhall.community.ao.MemberNameTokenEntity;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.community.ao.MembershipLogEntity;
import org.guildhall.expertise.ao.EndorsementEntity;
import org.guildhall.expertise.ao.EvidenceEntity;
import org.guildhall.expertise.ao.ExpertProfileEntity;
import org.guildhall.expertise.ao.ExpertSkillEntity;
import org.guildhall.expertise.ao.ExpertTopicScoreEntity;
import org.guildhall.expertise.ao.ExpertiseScoreEntity;
import org.guildhall.expertise.routing.ao.RoutingDeclineEntity;
import org.guildhall.expertise.routing.ao.RoutingEntity;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.ReputationEntity;
import org.guildhall.qa.ao.RevisionEntity;
import org.guildhall.qa.ao.VoteEntity;
import org.guildhall.qa.importer.ao.ImportRunEntity;
import org.guildhall.ratelimit.ao.RateWindowEntity;

import java.util.List;

/**
 * Every column that holds a person's user key, and what happens to it when Confluence deletes the user: content and
 * the records others rely on are kept and attributed to an anonymous former user (a fresh key no one can link back);
 * what is only about the person is deleted. A new table with a user key belongs here (and in the export).
 */
public final class PersonalColumns {

    /** What becomes of a column's rows when the person is deleted. */
    public enum Fate { ANONYMISE, DELETE }

    /** Only the rows whose column holds this value, e.g. {@code TARGET_TYPE = 'person'}. */
    public record Condition(String column, String value) {
    }

    /**
     * @param section         the name of the export's section
     * @param compositeColumn a unique column that embeds the key (rewritten with it), or null
     * @param condition       for a column that holds a person only in some rows (a target that may be a person), the
     *                        rows it does; null when every row's value is a user key
     */
    public record PersonalColumn(String section, Class<? extends RawEntity<?>> entity, String column,
                                 String compositeColumn, Fate fate, Condition condition) {

        public PersonalColumn(String section, Class<? extends RawEntity<?>> entity, String column,
                              String compositeColumn, Fate fate) {
            this(section, entity, column, compositeColumn, fate, null);
        }
    }

    private static final Condition PERSON_TARGET = new Condition("TARGET_TYPE", Follow.PERSON);

    public static final List<PersonalColumn> ALL = List.of(
            new PersonalColumn("questions", QuestionEntity.class, QuestionEntity.AUTHOR_KEY, null, Fate.ANONYMISE),
            new PersonalColumn("answers", AnswerEntity.class, AnswerEntity.AUTHOR_KEY, null, Fate.ANONYMISE),
            new PersonalColumn("comments", CommentEntity.class, CommentEntity.AUTHOR_KEY, null, Fate.ANONYMISE),
            // the first post of each person per community (community health): kept with the content it counts
            new PersonalColumn("firstPosts", FirstPostEntity.class, FirstPostEntity.PERSON_KEY,
                    FirstPostEntity.PAIR_KEY, Fate.ANONYMISE),
            new PersonalColumn("revisions", RevisionEntity.class, RevisionEntity.EDITOR_KEY, null, Fate.ANONYMISE),
            new PersonalColumn("votes", VoteEntity.class, VoteEntity.VOTER_KEY, VoteEntity.VOTE_KEY, Fate.ANONYMISE),
            new PersonalColumn("activity", ActivityEntity.class, ActivityEntity.ACTOR_KEY, null, Fate.ANONYMISE),
            new PersonalColumn("questionsClosed", QuestionEntity.class, QuestionEntity.CLOSED_BY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("questionsDeleted", QuestionEntity.class, QuestionEntity.DELETED_BY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("answersAccepted", AnswerEntity.class, AnswerEntity.ACCEPTED_BY, null, Fate.ANONYMISE),
            new PersonalColumn("answersDeleted", AnswerEntity.class, AnswerEntity.DELETED_BY, null, Fate.ANONYMISE),
            // entries about the person (joined, role changed): kept, like the content; the group key embeds the key
            new PersonalColumn("activityAbout", ActivityEntity.class, ActivityEntity.TARGET_ID,
                    ActivityEntity.GROUP_KEY, Fate.ANONYMISE, PERSON_TARGET),
            new PersonalColumn("importsRequested", ImportRunEntity.class, ImportRunEntity.REQUESTED_BY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("membershipLog", MembershipLogEntity.class, MembershipLogEntity.SUBJECT_KEY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("membershipLogActions", MembershipLogEntity.class, MembershipLogEntity.ACTOR_KEY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("membershipDecisions", MembershipEntity.class, MembershipEntity.ACTOR_KEY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("settingsChanges", AuditEntryEntity.class, AuditEntryEntity.ACTOR_KEY, null,
                    Fate.ANONYMISE),
            new PersonalColumn("memberships", MembershipEntity.class, MembershipEntity.USER_KEY, null, Fate.DELETE),
            new PersonalColumn("memberNameWords", MemberNameTokenEntity.class, MemberNameTokenEntity.USER_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("follows", FollowEntity.class, FollowEntity.USER_KEY, null, Fate.DELETE),
            // other people's follows of the person: nothing left to follow
            new PersonalColumn("followedBy", FollowEntity.class, FollowEntity.TARGET_ID, null, Fate.DELETE,
                    PERSON_TARGET),
            new PersonalColumn("profile", ExpertProfileEntity.class, ExpertProfileEntity.PERSON_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("skills", ExpertSkillEntity.class, ExpertSkillEntity.PERSON_KEY, null, Fate.DELETE),
            new PersonalColumn("evidence", EvidenceEntity.class, EvidenceEntity.PERSON_KEY, null, Fate.DELETE),
            new PersonalColumn("expertiseScores", ExpertiseScoreEntity.class, ExpertiseScoreEntity.PERSON_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("expertiseTopicSums", ExpertTopicScoreEntity.class, ExpertTopicScoreEntity.PERSON_KEY,
                    null, Fate.DELETE),
            new PersonalColumn("endorsementsReceived", EndorsementEntity.class, EndorsementEntity.PERSON_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("endorsementsGiven", EndorsementEntity.class, EndorsementEntity.ENDORSER_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("reputation", ReputationEntity.class, ReputationEntity.PERSON_KEY, null, Fate.DELETE),
            new PersonalColumn("routedQuestions", RoutingEntity.class, RoutingEntity.PERSON_KEY, null, Fate.DELETE),
            new PersonalColumn("routingDeclines", RoutingDeclineEntity.class, RoutingDeclineEntity.PERSON_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("digestSettings", DigestPreferenceEntity.class, DigestPreferenceEntity.USER_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("digestsSent", DigestRunEntity.class, DigestRunEntity.USER_KEY, null, Fate.DELETE),
            new PersonalColumn("rateLimitWindows", RateWindowEntity.class, RateWindowEntity.PERSON_KEY, null,
                    Fate.DELETE),
            new PersonalColumn("spotlightRecipient", SpotlightRecipientEntity.class, SpotlightRecipientEntity.NAME,
                    null, Fate.DELETE,
                    new Condition(SpotlightRecipientEntity.KIND, SpotlightRecipient.Kind.PERSON.id())));

    private PersonalColumns() {
    }
}
