package org.guildhall.workbench.bench;

import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.AoTablePrefix;

import java.util.Arrays;
import java.util.Collections;

/**
 * The app's table and column names as Active Objects creates them on PostgreSQL (upper case, quoted), for dataset
 * parts that write rows in JDBC batches instead of one entity at a time.
 */
final class AoTables {

    private static final AoTablePrefix PREFIX = new AoTablePrefix(AoDatabase.NAMESPACE);

    private AoTables() {
    }

    /** @return the quoted table name of an entity's {@code @Table} value, upper-snake, e.g. {@code QUESTION} */
    static String table(String name) {
        return quote(PREFIX.prepend(name));
    }

    /** @return {@code INSERT INTO table (columns…) VALUES (?, …)} */
    static String insert(String table, String... columns) {
        return "INSERT INTO " + table(table) + " (" + columns(columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    static String columns(String... names) {
        return String.join(", ", Arrays.stream(names).map(AoTables::quote).toList());
    }

    static String quote(String name) {
        return "\"" + name + "\"";
    }
}
