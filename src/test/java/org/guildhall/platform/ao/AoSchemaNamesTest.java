package org.guildhall.platform.ao;

import net.java.ao.Entity;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.AoDatabase;
import org.junit.Test;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Every table, column, index and constraint name of every entity in the descriptor's {@code <ao>} module fits
 * Oracle's 30 characters and avoids the words Active Objects treats as reserved on any database — checked on the
 * names the real databases hold after migration, not on names we compute ourselves.
 */
public class AoSchemaNamesTest extends ActiveObjectsTest {

    private static final int MAX_NAME_LENGTH = 30;
    /** AO_ + last six hex digits of MD5("org.guildhall.confluence"): changing it would orphan every table. */
    private static final String TABLE_PREFIX = "AO_A368F0_";
    private static final List<String> AO_PROVIDERS = List.of("H2", "HSQL", "MySQL", "Oracle", "PostgreSQL", "SQLServer");


    @Test
    public void tablesUseTheActiveObjectsPluginPrefixOfOurNamespace() throws SQLException {
        List<String> tables = tables();

        assertThat(tables.size(), is(entities().size()));
        for (String table : tables) {
            assertThat(table, table.startsWith(TABLE_PREFIX), is(true));
        }
    }

    @Test
    public void everyTableColumnIndexAndConstraintNameFitsThirtyCharacters() throws SQLException {
        List<String> tooLong = new ArrayList<>();
        for (String name : allNames()) {
            if (name.length() > MAX_NAME_LENGTH) {
                tooLong.add(name + " (" + name.length() + ")");
            }
        }
        assertThat(tooLong, is(empty()));
    }

    @Test
    public void noTableOrColumnIsAWordActiveObjectsReservesOnAnyDatabase() throws Exception {
        Set<String> reserved = reservedWords();
        assertThat("the reserved word list was read", reserved, hasItem("SELECT"));

        List<String> clashes = new ArrayList<>();
        for (String table : tables()) {
            if (reserved.contains(table.substring(TABLE_PREFIX.length()))) {
                clashes.add(table);
            }
            for (String column : columns(table)) {
                if (reserved.contains(column.toUpperCase(Locale.ROOT))) {
                    clashes.add(table + "." + column);
                }
            }
        }
        assertThat(clashes, is(empty()));
        assertThat(reserved, not(hasItem("SPACE_KEY")));
    }

    private List<String> allNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String table : tables()) {
                names.add(table);
                names.addAll(columns(table));
                try (ResultSet indexes = metaData.getIndexInfo(catalog(connection), schema(), table, false, false)) {
                    while (indexes.next()) {
                        String index = indexes.getString("INDEX_NAME");
                        if (index != null && !isGeneratedByH2(index)) {
                            names.add(index);
                        }
                    }
                }
                try (ResultSet keys = metaData.getImportedKeys(catalog(connection), schema(), table)) {
                    while (keys.next()) {
                        names.add(keys.getString("FK_NAME"));
                    }
                }
            }
        }
        return names;
    }

    /**
     * H2 backs each constraint with an index it names itself ({@code <constraint>_INDEX_C}, {@code PRIMARY_KEY_…}):
     * those names never reach Oracle and are not Active Objects' to choose.
     */
    private boolean isGeneratedByH2(String index) {
        return database.kind() == AoDatabase.Kind.H2 && (index.contains("_INDEX_") || index.startsWith("PRIMARY_KEY_"));
    }

    /**
     * @return the tables of the descriptor's entities as the database names them (other branches' or older
     *         versions' tables in a shared test schema are not ours to judge)
     */
    private List<String> tables() throws SQLException {
        Set<String> ours = new TreeSet<>();
        for (Class<? extends Entity> entity : entities()) {
            ours.add(ao.entityManager().getTableNameConverter().getName(entity).toUpperCase(Locale.ROOT));
        }
        List<String> tables = new ArrayList<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection();
             ResultSet result = connection.getMetaData().getTables(catalog(connection), schema(), "%", new String[]{"TABLE"})) {
            while (result.next()) {
                String table = result.getString("TABLE_NAME");
                if (ours.contains(table.toUpperCase(Locale.ROOT))) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection();
             ResultSet result = connection.getMetaData().getColumns(catalog(connection), schema(), table, "%")) {
            while (result.next()) {
                columns.add(result.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private String schema() {
        return database.kind() == AoDatabase.Kind.MARIADB ? null : database.schema();
    }

    private String catalog(Connection connection) throws SQLException {
        return database.kind() == AoDatabase.Kind.MARIADB ? connection.getCatalog() : null;
    }

    private static Set<String> reservedWords() throws Exception {
        Set<String> words = new TreeSet<>();
        for (String provider : AO_PROVIDERS) {
            Field field = Class.forName("net.java.ao.db." + provider + "DatabaseProvider").getDeclaredField("RESERVED_WORDS");
            field.setAccessible(true);
            for (Object word : (Set<?>) field.get(null)) {
                words.add(word.toString().toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }
}
