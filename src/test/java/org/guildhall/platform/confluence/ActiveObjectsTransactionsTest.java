package org.guildhall.platform.confluence;

import net.java.ao.Entity;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/** Work done in a transaction is written whole or not at all. */
public class ActiveObjectsTransactionsTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    @Override
    protected List<Class<? extends Entity>> entities() {
        return List.of(CommunityEntity.class);
    }

    @Test
    public void workThatFailsHalfwayLeavesNothingBehind() {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        CommunityDao dao = new CommunityDao(ao);

        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            dao.save("ONE", new CommunitySettings("One", "", Visibility.OPEN), NOW);
            dao.save("TWO", new CommunitySettings("Two", "", Visibility.OPEN), NOW);
            throw new IllegalStateException("fails after two writes");
        }));

        ao.flushAll();
        assertThat(ao.count(CommunityEntity.class), is(0));
    }

    @Test
    public void workThatSucceedsIsWrittenWhole() {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        CommunityDao dao = new CommunityDao(ao);

        transactions.inTransaction(() -> {
            dao.save("ONE", new CommunitySettings("One", "", Visibility.OPEN), NOW);
            return dao.save("TWO", new CommunitySettings("Two", "", Visibility.OPEN), NOW);
        });

        assertThat(ao.count(CommunityEntity.class), is(2));
    }
}
