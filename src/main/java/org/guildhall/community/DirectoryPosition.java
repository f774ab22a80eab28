package org.guildhall.community;

import java.time.Instant;

/**
 * Where a community stands in every directory order: each {@link DirectorySort} reads the values it sorts by.
 */
public record DirectoryPosition(String sortName, long id, int memberCount, Instant lastActivityAt) {

    public static DirectoryPosition of(Community community) {
        return new DirectoryPosition(community.sortName(), community.id(), community.memberCount(),
                community.lastActivityAt());
    }
}
