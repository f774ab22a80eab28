package org.guildhall.workbench.host;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import org.guildhall.workbench.db.SqlRunner;

import java.time.Instant;

/**
 * Confluence's read-only (maintenance) mode, switched by a system administrator ({@code PUT /rest/workbench/access-mode}).
 * Kept in the database all nodes share, so every node of a cluster is read-only at once; read on each call, as the
 * workbench's traffic is small.
 */
public final class WorkbenchAccessModeService implements AccessModeService {

    private static final String READ_ONLY = "access-mode.read-only";

    private final SqlRunner sql;

    public WorkbenchAccessModeService(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return !sql.query("SELECT 1 FROM WB_SETUP WHERE STEP = ?", row -> 1, READ_ONLY).isEmpty();
    }

    /** Turns read-only mode on or off for the whole cluster. */
    public void setReadOnly(boolean readOnly) {
        if (readOnly) {
            sql.insertUnlessDuplicate("INSERT INTO WB_SETUP (STEP, NODE_ID, DONE_AT) VALUES (?, ?, ?)", READ_ONLY, 0,
                    Instant.now());
        } else {
            sql.update("DELETE FROM WB_SETUP WHERE STEP = ?", READ_ONLY);
        }
    }
}
