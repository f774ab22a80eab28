package org.guildhall.admin;

import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.Groups;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who may turn a space into a community, as system administrators set it ({@link CommunityCreators}). */
@Component
public class CommunityCreation {

    static final String WHO = "community-creators.who";
    static final String GROUP = "community-creators.group";

    private final SettingsStore settings;
    private final CurrentUser currentUser;
    private final Groups groups;

    public CommunityCreation(SettingsStore settings, CurrentUser currentUser, Groups groups) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.groups = groups;
    }

    public CommunityCreators creators() {
        String who = settings.get(WHO).orElse(CommunityCreators.SPACE_ADMINS);
        return CommunityCreators.GROUP.equals(who)
                ? new CommunityCreators(who, settings.get(GROUP).orElse(null))
                : CommunityCreators.DEFAULT;
    }

    /**
     * Whether the current user may create a community in a space they administer (the caller checks that): always
     * for system administrators; otherwise when creation is open to every space administrator, or they belong to the
     * chosen group.
     */
    public boolean allowsCurrentUser() {
        if (currentUser.isSystemAdministrator()) {
            return true;
        }
        CommunityCreators creators = creators();
        if (!creators.restrictedToGroup()) {
            return true;
        }
        Optional<String> userKey = currentUser.userKey();
        return userKey.isPresent() && creators.group() != null && groups.isMember(creators.group(), userKey.get());
    }
}
