package org.guildhall.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.admin.AuditEntry;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The only code that reads and writes global settings and their audit trail. */
@Component
public class AdminDao {

    private final ActiveObjects ao;

    public AdminDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return every stored setting by key (a small, fixed set of keys: the app's own settings) */
    public Map<String, String> settings() {
        return Arrays.stream(ao.find(SettingEntity.class, Query.select(SettingEntity.SETTING_KEY + ", "
                        + SettingEntity.SETTING_VALUE)))
                .filter(row -> row.getSettingValue() != null)
                .collect(Collectors.toMap(SettingEntity::getSettingKey, SettingEntity::getSettingValue));
    }

    /** @return the stored value of one setting */
    public Optional<String> setting(String key) {
        return findSetting(key).map(SettingEntity::getSettingValue);
    }

    /**
     * Stores a setting. Call inside a transaction that retries on conflict: when two nodes save a setting that was
     * never stored, one insert loses on the unique key and the retry updates.
     */
    public void saveSetting(String key, String value) {
        Optional<SettingEntity> found = findSetting(key);
        if (found.isPresent()) {
            found.get().setSettingValue(value);
            found.get().save();
        } else {
            Map<String, Object> row = new HashMap<>();
            row.put(SettingEntity.SETTING_KEY, key);
            row.put(SettingEntity.SETTING_VALUE, value);
            ao.create(SettingEntity.class, row);
        }
    }

    /** Appends one change to the audit trail. @return its id */
    public long appendAudit(AuditEntry entry) {
        Map<String, Object> row = new HashMap<>();
        row.put(AuditEntryEntity.CHANGED_AT, Date.from(entry.changedAt()));
        row.put(AuditEntryEntity.ACTOR_KEY, entry.actorKey());
        row.put(AuditEntryEntity.SETTING, entry.setting());
        row.put(AuditEntryEntity.BEFORE_VALUE, entry.before());
        row.put(AuditEntryEntity.AFTER_VALUE, entry.after());
        return ao.create(AuditEntryEntity.class, row).getID();
    }

    /**
     * A page of the audit trail, newest first (keyset on the id).
     *
     * @param beforeId only entries older than this one; null for the newest
     */
    public List<AuditEntry> auditPage(Long beforeId, int limit) {
        Query query = Query.select().order("ID DESC").limit(limit);
        if (beforeId != null) {
            query.where("ID < ?", beforeId);
        }
        return Arrays.stream(ao.find(AuditEntryEntity.class, query)).map(AdminDao::toEntry).toList();
    }

    /** A page of the changes one person made, oldest first (keyset on the id), for their data export. */
    public List<AuditEntry> auditBy(String actorKey, long afterId, int limit) {
        return Arrays.stream(ao.find(AuditEntryEntity.class, Query.select()
                        .where(AuditEntryEntity.ACTOR_KEY + " = ? AND ID > ?", actorKey, afterId)
                        .order("ID ASC").limit(limit)))
                .map(AdminDao::toEntry).toList();
    }

    /** Attributes one person's changes to a former-user key instead. @return how many entries changed */
    public int replaceActor(String actorKey, String replacementKey) {
        AuditEntryEntity[] rows = ao.find(AuditEntryEntity.class, Query.select()
                .where(AuditEntryEntity.ACTOR_KEY + " = ?", actorKey));
        for (AuditEntryEntity row : rows) {
            row.setActorKey(replacementKey);
            row.save();
        }
        return rows.length;
    }

    private Optional<SettingEntity> findSetting(String key) {
        return Arrays.stream(ao.find(SettingEntity.class, Query.select()
                .where(SettingEntity.SETTING_KEY + " = ?", key))).findFirst();
    }

    private static AuditEntry toEntry(AuditEntryEntity row) {
        return new AuditEntry(row.getID(), row.getChangedAt().toInstant(), row.getActorKey(), row.getSetting(),
                row.getBeforeValue(), row.getAfterValue());
    }
}
