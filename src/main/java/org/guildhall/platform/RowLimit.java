package org.guildhall.platform;

import java.util.Locale;

/**
 * A row limit written into a statement after its {@code ORDER BY}, as the database at hand writes it. A statement
 * that says its limit lets the planner read an ordered index only as far as it needs; with the limit only on the JDBC
 * statement ({@code setMaxRows}) PostgreSQL plans for every row, and sorts them.
 */
public final class RowLimit {

    private RowLimit() {
    }

    /**
     * @param product the database's product name ({@code DatabaseMetaData.getDatabaseProductName()})
     * @return the clause, with a leading space: {@code OFFSET 0 ROWS FETCH NEXT n ROWS ONLY} on Oracle and SQL Server,
     *         {@code LIMIT n} elsewhere (PostgreSQL, MySQL, MariaDB, H2)
     */
    public static String clause(String product, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("A row limit is at least 0, not " + rows);
        }
        String name = String.valueOf(product).toLowerCase(Locale.ROOT);
        return name.contains("oracle") || name.contains("microsoft")
                ? " OFFSET 0 ROWS FETCH NEXT " + rows + " ROWS ONLY" : " LIMIT " + rows;
    }
}
