package org.guildhall.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One lower-cased word of a member's display name or username (table {@code AO_A368F0_MEMBER_WORD}), for the
 * member search: written when a membership is added, removed when it ends. Only {@link MemberNameTokenDao} uses it.
 * Two indexes that hold every column the search reads, so it never visits the table: (community, token, user) for
 * the people a word begins a token of, (community, user, token) to check one person for a word (and to find or
 * remove a person's words).
 */
@Table("MemberWord")
@Indexes({
        @Index(name = "member_word_token", methodNames = {"getCommunityId", "getToken", "getUserKey"}),
        @Index(name = "member_word_person", methodNames = {"getCommunityId", "getUserKey", "getToken"})
})
public interface MemberNameTokenEntity extends Entity {

    String TABLE = "AO_A368F0_MEMBER_WORD";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String TOKEN = "TOKEN";
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
}
