package org.guildhall.platform.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import org.guildhall.platform.Groups;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@link Groups} backed by Confluence's {@code UserAccessor}. */
@Component
public class ConfluenceGroups implements Groups {

    private final UserAccessor userAccessor;

    public ConfluenceGroups(@ComponentImport UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean exists(String group) {
        return userAccessor.getGroup(group) != null;
    }

    @Override
    public void create(String group) {
        if (userAccessor.getGroup(group) == null) {
            userAccessor.createGroup(group);
        }
    }

    @Override
    public boolean isMember(String group, String userKey) {
        Group found = userAccessor.getGroup(group);
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        return found != null && user != null && userAccessor.hasMembership(found, user);
    }

    @Override
    public void addMember(String group, String userKey) {
        Group found = userAccessor.getGroup(group);
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        if (found != null && user != null && !userAccessor.hasMembership(found, user)) {
            userAccessor.addMembership(found, user);
        }
    }

    @Override
    public void removeMember(String group, String userKey) {
        Group found = userAccessor.getGroup(group);
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        if (found != null && user != null && userAccessor.hasMembership(found, user)) {
            userAccessor.removeMembership(found, user);
        }
    }

    /** Walks the group's lazily loaded member names and stops after {@code max} resolved users. */
    @Override
    public List<String> members(String group, int max) {
        Group found = group == null ? null : userAccessor.getGroup(group);
        List<String> userKeys = new ArrayList<>();
        if (found == null) {
            return userKeys;
        }
        Iterator<String> names = userAccessor.getMemberNames(found).iterator();
        while (userKeys.size() < max && names.hasNext()) {
            ConfluenceUser user = userAccessor.getUserByName(names.next());
            if (user != null) {
                userKeys.add(user.getKey().getStringValue());
            }
        }
        return userKeys;
    }
}
