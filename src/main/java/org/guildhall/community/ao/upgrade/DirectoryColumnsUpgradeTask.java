package org.guildhall.community.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;
import org.guildhall.community.ao.CommunityDao;

/**
 * Model version 1: fills the directory columns of communities created before the directory could search and sort
 * by activity. Such rows have no {@code SEARCH_TEXT} (so no search ever finds them) and no
 * {@code LAST_ACTIVITY_AT} (so keyset paging by activity skips them, and databases disagree on where nulls sort).
 * Afterwards every row has both: the lower-cased name and description, and the creation time.
 * <p>
 * Safe while other nodes still run: it only fills columns that are null, which older code neither reads nor
 * writes, so running it again (or after an older node added a row) changes only what is still missing. Rows are
 * read and written 200 at a time, all in the one transaction the Active Objects plugin opens for the task.
 */
public final class DirectoryColumnsUpgradeTask implements ActiveObjectsUpgradeTask {

    private static final int BATCH = 200;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(CommunityDirectoryColumns.class);
        CommunityDirectoryColumns[] rows;
        do {
            rows = ao.find(CommunityDirectoryColumns.class, Query.select()
                    .where(CommunityDirectoryColumns.SEARCH_TEXT + " IS NULL OR "
                            + CommunityDirectoryColumns.LAST_ACTIVITY_AT + " IS NULL")
                    .order("ID ASC")
                    .limit(BATCH));
            for (CommunityDirectoryColumns row : rows) {
                if (row.getSearchText() == null) {
                    row.setSearchText(CommunityDao.searchText(row.getName(), row.getDescription()));
                }
                if (row.getLastActivityAt() == null) {
                    row.setLastActivityAt(row.getCreatedAt());
                }
                row.save();
            }
        } while (rows.length == BATCH);
    }
}
