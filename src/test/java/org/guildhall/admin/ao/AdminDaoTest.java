package org.guildhall.admin.ao;

import org.guildhall.admin.AuditEntry;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/** Global settings and their audit trail on every database. */
public class AdminDaoTest extends ActiveObjectsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private AdminDao dao;

    @Before
    public void createDao() {
        dao = new AdminDao(ao);
    }

    @Test
    public void saveSetting_insertsOnceAndUpdatesAfterwards() {
        dao.saveSetting("feature.qa", "false");
        dao.saveSetting("feature.qa", "true");
        dao.saveSetting("digest.schedule", "{\"day\":\"monday\"}");

        assertThat(dao.setting("feature.qa"), is(Optional.of("true")));
        assertThat(dao.settings(), is(Map.of("feature.qa", "true", "digest.schedule", "{\"day\":\"monday\"}")));
        assertThat(dao.setting("feature.health"), is(Optional.empty()));
    }

    @Test
    public void auditPage_listsNewestFirst_andContinuesBeforeTheLastIdShown() {
        for (int i = 1; i <= 5; i++) {
            dao.appendAudit(new AuditEntry(0, T0.plusSeconds(i), "wb-key-admin", "routing", "{\"weeklyCap\":" + i
                    + "}", "{\"weeklyCap\":" + (i + 1) + "}"));
        }

        List<AuditEntry> first = dao.auditPage(null, 2);
        List<AuditEntry> next = dao.auditPage(first.get(1).id(), 10);

        assertThat(first.stream().map(AuditEntry::before).toList(),
                contains("{\"weeklyCap\":5}", "{\"weeklyCap\":4}"));
        assertThat(next.stream().map(AuditEntry::before).toList(),
                contains("{\"weeklyCap\":3}", "{\"weeklyCap\":2}", "{\"weeklyCap\":1}"));
        assertThat(first.get(0).changedAt(), is(T0.plusSeconds(5)));
        assertThat(first.get(0).actorKey(), is("wb-key-admin"));
    }

    @Test
    public void replaceActor_reattributesOnlyThatPersonsChanges() {
        dao.appendAudit(new AuditEntry(0, T0, "wb-key-ann", "feature.qa", null, "false"));
        dao.appendAudit(new AuditEntry(0, T0, "wb-key-bob", "feature.qa", "false", "true"));

        int changed = dao.replaceActor("wb-key-ann", "former-user:1");

        assertThat(changed, is(1));
        assertThat(dao.auditBy("former-user:1", 0, 10).size(), is(1));
        assertThat(dao.auditBy("wb-key-ann", 0, 10).size(), is(0));
        assertThat(dao.auditBy("wb-key-bob", 0, 10).size(), is(1));
    }
}
