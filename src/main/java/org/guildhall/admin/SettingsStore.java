package org.guildhall.admin;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.admin.ao.AdminDao;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Global settings as keys and text values, for any feature: feature switches and who may create communities live
 * here, and so can others (a feature picks a key prefix such as {@code digest.} or {@code activity.retention.}).
 * Every change is audited. Reads come from a cluster-wide cached snapshot (one entry, dropped on every node by each
 * change), because macros and REST calls read the feature switches on every request.
 */
@Component
public class SettingsStore {

    static final String CACHE = "org.guildhall.admin.settings";
    private static final String ALL = "all";

    private final AdminDao adminDao;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Cache<String, Map<String, String>> snapshot;

    public SettingsStore(AdminDao adminDao, AuditLog auditLog, Transactions transactions,
                         @ComponentImport CacheManager caches) {
        this.adminDao = adminDao;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.snapshot = caches.getCache(CACHE, key -> Map.copyOf(adminDao.settings()),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(1).build());
    }

    /** @return the stored value, or empty when nobody set it (the caller's default applies) */
    public Optional<String> get(String key) {
        return Optional.ofNullable(snapshot.get(ALL).get(key));
    }

    /**
     * Stores values and audits each one that changed (its before and after), in one transaction. Callers authorize
     * and validate first.
     *
     * @param values setting keys and their new values
     */
    public void save(Map<String, String> values) {
        transactions.inTransactionRetryingOnConflict(() -> {
            values.forEach((key, value) -> {
                Optional<String> before = adminDao.setting(key);
                if (!before.map(value::equals).orElse(false)) {
                    adminDao.saveSetting(key, value);
                    auditLog.recordChange(key, before.orElse(null), value);
                }
            });
            return null;
        });
        // after the commit too: another thread may have refilled it from the state before the commit
        snapshot.remove(ALL);
    }
}
