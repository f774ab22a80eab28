package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.SpacePermissions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds communities for the person asking: only those whose space Confluence lets them view.
 */
@Component
public class CommunityDirectory {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /**
     * Rows read per round trip after the first while filtering by permission. The first reads a page and a half:
     * most readers may view most communities (a few spaces are restricted), and every row read costs its topics and
     * a permission check, so reading far more than a page made the first round trip the most expensive part.
     */
    private static final int BATCH_SIZE = 200;

    private final CommunityDao communityDao;
    private final SpacePermissions spacePermissions;

    public CommunityDirectory(CommunityDao communityDao, SpacePermissions spacePermissions) {
        this.communityDao = communityDao;
        this.spacePermissions = spacePermissions;
    }

    /**
     * Lists enabled communities the current user may see, by name, a page at a time. Anyone may call it.
     *
     * @param cursor where the previous page ended, or null for the first page
     * @param limit  page size, 1 to {@value #MAX_LIMIT}
     * @throws InvalidInput naming {@code cursor} or {@code limit} when they are not valid
     */
    public DirectoryPage visibleCommunities(String cursor, int limit) {
        return visibleCommunities(DirectorySearch.ALL, cursor, limit);
    }

    /**
     * Lists the enabled communities that match the search and that the current user may see, in the search's order,
     * a page at a time. Anyone may call it; each reader sees only communities whose space they may view.
     *
     * @param search what to look for and in which order (see {@link DirectorySearch#parse})
     * @param cursor the previous page's {@code nextCursor} for the same search, or null for the first page
     * @param limit  page size, 1 to {@value #MAX_LIMIT}
     * @throws InvalidInput naming {@code limit}, or {@code cursor} when it is not one of ours or was made for
     *                      another search or sort
     */
    public DirectoryPage visibleCommunities(DirectorySearch search, String cursor, int limit) {
        Optional<DirectoryPosition> position = parse(search, cursor, limit);
        List<Community> visible = new ArrayList<>();
        int batchSize = limit + limit / 2 + 1;
        while (true) {
            List<Community> batch = communityDao.findEnabled(search, position, batchSize);
            for (Community community : batch) {
                if (!spacePermissions.canView(community.spaceKey())) {
                    continue;
                }
                if (visible.size() == limit) {
                    return new DirectoryPage(visible, Optional.of(cursorAfter(search, visible.get(limit - 1))));
                }
                visible.add(community);
            }
            if (batch.size() < batchSize) {
                return new DirectoryPage(visible, Optional.empty());
            }
            position = Optional.of(DirectoryPosition.of(batch.get(batch.size() - 1)));
            batchSize = BATCH_SIZE;
        }
    }

    /**
     * @return the enabled community in that space, if the current user may view the space
     * @throws NotFound when there is none, or the user may not see it
     */
    public Community visibleCommunity(String spaceKey) {
        return communityDao.findBySpaceKey(spaceKey)
                .filter(Community::enabled)
                .filter(community -> spacePermissions.canView(community.spaceKey()))
                .orElseThrow(() -> new NotFound("guildhall.error.community.not-found", spaceKey));
    }

    private static String cursorAfter(DirectorySearch search, Community last) {
        return DirectoryCursor.of(search, DirectoryPosition.of(last)).encode();
    }

    private static Optional<DirectoryPosition> parse(DirectorySearch search, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.limit.range"));
        }
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        DirectoryCursor decoded = DirectoryCursor.decode(cursor)
                .orElseThrow(() -> new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid")));
        if (!decoded.belongsTo(search)) {
            throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.other-search"));
        }
        return Optional.of(decoded.position());
    }
}
