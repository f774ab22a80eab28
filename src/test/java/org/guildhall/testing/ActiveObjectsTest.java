package org.guildhall.testing;

import net.java.ao.Entity;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import java.util.List;

/**
 * Base of every DAO test: runs each test on every database of {@link TestDatabases} against the real Active Objects
 * library configured as Atlassian's AO plugin configures it, with the entities migrated and their tables emptied
 * before each test. Never a mock: a wrong column or clause fails here.
 */
@RunWith(Parameterized.class)
public abstract class ActiveObjectsTest {

    @Parameter(0)
    public String databaseName;

    @Parameter(1)
    public AoDatabase database;

    protected EntityManagerActiveObjects ao;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabases.all();
    }

    /** @return the entities the test needs, children before parents (rows are deleted in this order) */
    protected abstract List<Class<? extends Entity>> entities();

    @Before
    public final void prepareTables() {
        ao = TestDatabases.activeObjects(databaseName, database);
        @SuppressWarnings("unchecked")
        Class<? extends Entity>[] types = entities().toArray(new Class[0]);
        ao.migrate(types);
        for (Class<? extends Entity> type : types) {
            ao.deleteWithSQL(type, "ID > ?", 0);
        }
        ao.flushAll();
    }
}
