package org.guildhall.testing;

import net.java.ao.Entity;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Base of every DAO test: runs each test on every database of {@link TestDatabases} against the real Active Objects
 * library configured as Atlassian's AO plugin configures it, with every entity of the descriptor migrated (as the AO
 * plugin does at start-up) and every table emptied before each test. Never a mock: a wrong column or clause fails
 * here.
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

    /** @return the descriptor's entities, in the order it lists them */
    protected List<Class<? extends Entity>> entities() {
        return DescriptorEntities.all();
    }

    @Before
    public final void prepareTables() {
        ao = TestDatabases.activeObjects(databaseName, database);
        List<Class<? extends Entity>> newestFirst = new ArrayList<>(entities());
        Collections.reverse(newestFirst);
        for (Class<? extends Entity> type : newestFirst) {
            ao.deleteWithSQL(type, "ID > ?", 0);
        }
        ao.flushAll();
    }
}
