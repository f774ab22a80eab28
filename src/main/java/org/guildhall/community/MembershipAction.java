package org.guildhall.community;

import java.util.Locale;

/** A change to someone's membership, as the membership log records it and events announce it. */
public enum MembershipAction {
    /** The space admin who turned the space into a community became its first owner. */
    FOUNDED,
    JOINED,
    REQUESTED,
    WITHDREW,
    LEFT,
    APPROVED,
    DENIED,
    INVITED,
    DECLINED,
    ROLE_CHANGED,
    REMOVED,
    BANNED,
    UNBANNED;

    /** @return the lower-case name used in JSON */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
