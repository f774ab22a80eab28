package org.guildhall.community.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The member name word table as releases before model version 3 made it (the entity as of main at 0199d53): no
 * {@code MEMBER_STATE}, a (community, token, user) index. Kept to build that schema in upgrade tests.
 */
@Table("MemberWord")
@Indexes({
        @Index(name = "member_word_token", methodNames = {"getCommunityId", "getToken", "getUserKey"}),
        @Index(name = "member_word_person", methodNames = {"getCommunityId", "getUserKey", "getToken"})
})
public interface MemberWordBeforeVersion3 extends Entity {

    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String TOKEN = "TOKEN";

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
}
