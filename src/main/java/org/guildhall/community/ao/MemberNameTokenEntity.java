package org.guildhall.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One lower-cased word of a member's display name or username (table {@code AO_A368F0_MEMBER_WORD}), for the
 * member search: written when a membership is added, kept at the membership's state when that changes, removed
 * when it ends. Only {@link MemberNameTokenDao} uses it. Two indexes that hold every column the search reads, so it
 * never visits the table: (community, state, token, user) lists the members who have a word in the order of the
 * member list, so that a page of a search is a range of it that stops after the page; (community, user, token)
 * checks one person for a word (and finds or removes a person's words).
 */
@Table("MemberWord")
@Indexes({
        @Index(name = "member_word_state", methodNames = {"getCommunityId", "getMemberState", "getToken",
                "getUserKey"}),
        @Index(name = "member_word_person", methodNames = {"getCommunityId", "getUserKey", "getToken"})
})
public interface MemberNameTokenEntity extends Entity {

    String TABLE = "AO_A368F0_MEMBER_WORD";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String TOKEN = "TOKEN";
    String MEMBER_STATE = "MEMBER_STATE";
    /** Longer words are stored cut to this length (and so are the words searched for). */
    int MAX_TOKEN_LENGTH = 64;

    /** The {@link CommunityEntity}'s ID. */
    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(MAX_TOKEN_LENGTH)
    String getToken();

    void setToken(String token);

    /**
     * The {@link org.guildhall.community.MembershipState} of the person's membership, as in the membership row. Null
     * only in rows written before model version 3 (filled by its upgrade task) or by an older node during a rolling
     * upgrade (filled by the name backfill at the next start).
     */
    @StringLength(32)
    String getMemberState();

    void setMemberState(String memberState);
}
