package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * What a person's reputation is made of. Table {@code AO_<hash>_REPUTATION}. The counts change by atomic
 * {@code UPDATE … SET X = X + ?} as votes and acceptances happen; the points are computed from them with the
 * admin-configured weights when read, so a change of weights applies at once to everyone.
 */
@Table("Reputation")
public interface ReputationEntity extends Entity {

    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String QUESTION_UP_VOTES = "QUESTION_UP_VOTES";
    String QUESTION_DOWN_VOTES = "QUESTION_DOWN_VOTES";
    String ANSWER_UP_VOTES = "ANSWER_UP_VOTES";
    String ANSWER_DOWN_VOTES = "ANSWER_DOWN_VOTES";
    String ACCEPTED_ANSWERS = "ACCEPTED_ANSWERS";
    String LOCK_TOKEN = "LOCK_TOKEN";

    /** A Confluence user key, or {@code external:<id>} for an {@link ExternalPersonEntity}. */
    @NotNull
    @Unique
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Default("0")
    int getQuestionUpVotes();

    void setQuestionUpVotes(int count);

    @NotNull
    @Default("0")
    int getQuestionDownVotes();

    void setQuestionDownVotes(int count);

    @NotNull
    @Default("0")
    int getAnswerUpVotes();

    void setAnswerUpVotes(int count);

    @NotNull
    @Default("0")
    int getAnswerDownVotes();

    void setAnswerDownVotes(int count);

    @NotNull
    @Default("0")
    int getAcceptedAnswers();

    void setAcceptedAnswers(int count);

    /**
     * Written with a fresh value by every change of this row's counters before it reads them: the write takes the
     * row's lock, so concurrent changes queue and each reads what the previous one committed. Active Objects cannot
     * send {@code UPDATE … SET X = X + ?}; this gives the same guarantee with the statements it can send. Its value
     * means nothing.
     */
    @NotNull
    @Default("0")
    int getLockToken();

    void setLockToken(int lockToken);
}
