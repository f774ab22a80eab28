package org.guildhall.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One lower-cased word of a member's display name or username (table {@code AO_A368F0_MEMBER_WORD}), for the
 * member search: written when a membership is added, removed when it ends. Only {@link MemberNameTokenDao} uses it.
 */
@Table("MemberWord")
@Indexes(@Index(name = "member_token", methodNames = {"getCommunityId", "getToken"}))
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
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(MAX_TOKEN_LENGTH)
    String getToken();

    void setToken(String token);
}
