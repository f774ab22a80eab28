package org.guildhall.qa;

import org.guildhall.admin.AuditLog;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.ao.ReputationDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.testing.MapCacheManager;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Reputation points with the weights kept in a cache: what administrators save counts at once. */
public class ReputationTest extends ActiveObjectsTest {

    private ReputationDao dao;
    private Reputation reputation;

    @Before
    public void createReputation() {
        dao = new ReputationDao(ao);
        CurrentUser admin = mock(CurrentUser.class);
        when(admin.userKey()).thenReturn(Optional.of("key-admin"));
        when(admin.isAdministrator()).thenReturn(true);
        reputation = new Reputation(dao, admin, new ActiveObjectsTransactions(ao), mock(AuditLog.class),
                new MapCacheManager());
        ao.executeInTransaction(() -> {
            // two up votes on answers and one accepted answer
            dao.add("key-bob", 0, 0, 2, 0, 1);
            return null;
        });
    }

    @Test
    public void pointsFollowTheWeightsSavedAfterTheyWereFirstRead() {
        assertThat(reputation.points(List.of("key-bob")), is(Map.of("key-bob", 2 * 10 + 15)));

        reputation.saveWeights(5, -2, 1, -2, 100);

        assertThat(reputation.points(List.of("key-bob")), is(Map.of("key-bob", 2 + 100)));
    }
}
