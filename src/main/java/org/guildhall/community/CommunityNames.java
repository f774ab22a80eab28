package org.guildhall.community;

import java.util.Locale;

/** How community names sort: case-insensitively, by the name as shown. */
public final class CommunityNames {

    private CommunityNames() {
    }

    public static String sortName(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
