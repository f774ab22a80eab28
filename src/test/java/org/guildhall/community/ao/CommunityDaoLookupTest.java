package org.guildhall.community.ao;

import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.Visibility;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/** Looking communities up by id and listing all enabled ones, which {@code VisibleCommunities} relies on. */
public class CommunityDaoLookupTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private CommunityDao dao;

    @Before
    public void createDao() {
        dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    @Test
    public void findAllEnabled_leavesTurnedOffCommunitiesOutAndCarriesTopics() {
        dao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN, Optional.of(List.of("espresso"))), NOW);
        dao.save("TEA", new CommunitySettings("Tea", "", Visibility.OPEN), NOW);
        dao.save("OFF", new CommunitySettings("Off", "", Visibility.OPEN), NOW);
        dao.disable("OFF", NOW);

        List<Community> enabled = dao.findAllEnabled();

        assertThat(enabled.stream().map(Community::spaceKey).toList(), contains("COFFEE", "TEA"));
        assertThat(enabled.get(0).topics(), contains("espresso"));
    }

    @Test
    public void findById_andFindByIds_returnTheCommunitiesWithThoseIdsOnly() {
        Community coffee = dao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN), NOW);
        Community tea = dao.save("TEA", new CommunitySettings("Tea", "", Visibility.OPEN), NOW);

        assertThat(dao.findById(tea.id()), is(Optional.of(tea)));
        assertThat(dao.findById(tea.id() + 1000), is(Optional.empty()));
        assertThat(dao.findByIds(List.of(coffee.id(), tea.id() + 1000)).keySet(), contains(coffee.id()));
    }
}
