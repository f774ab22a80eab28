package org.guildhall.community.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The member name word table as {@link MemberWordStatesUpgradeTask} (model version 3) knows it, declared exactly as
 * {@code MemberNameTokenEntity} declares it then (columns and indexes). A copy of its own, so that later changes to
 * the entity cannot change what this task does.
 */
@Table("MemberWord")
@Indexes({
        @Index(name = "member_word_state", methodNames = {"getCommunityId", "getMemberState", "getToken",
                "getUserKey"}),
        @Index(name = "member_word_person", methodNames = {"getCommunityId", "getUserKey", "getToken"})
})
public interface MemberWordsVersion3 extends Entity {

    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String TOKEN = "TOKEN";
    String MEMBER_STATE = "MEMBER_STATE";

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(64)
    String getToken();

    void setToken(String token);

    @StringLength(32)
    String getMemberState();

    void setMemberState(String memberState);
}
