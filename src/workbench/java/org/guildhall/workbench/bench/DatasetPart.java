package org.guildhall.workbench.bench;

import java.sql.SQLException;

/**
 * One feature's share of the benchmark dataset. The dataset grows with the app: each feature adds a part to
 * {@link BenchDataset#PARTS} that creates its rows (in bulk: the dataset must load in seconds) on top of what the
 * parts before it created.
 */
interface DatasetPart {

    /** @return its short name, for {@code -Dbench.parts} */
    String name();

    /** @return what it creates, for the log */
    String description();

    void load(DatasetContext context) throws SQLException;
}
