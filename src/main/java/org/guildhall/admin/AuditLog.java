package org.guildhall.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.guildhall.admin.ao.AdminDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit trail of global settings: every change (who, when, which setting, before and after) is appended in the
 * transaction that makes it, whichever endpoint made it — the settings page, {@code /admin/settings},
 * {@code /admin/reputation-weights} or {@code /admin/routing-settings}.
 */
@Component
public class AuditLog {

    public static final int MAX_LIMIT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdminDao adminDao;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AuditLog(AdminDao adminDao, CurrentUser currentUser, Clock clock) {
        this.adminDao = adminDao;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a change by the current user, unless the value did not change. Call inside the transaction that saves
     * the change, so that a change is never saved without its entry (nor the other way round).
     *
     * @param before the value before (any JSON-serialisable value; null when it had never been set)
     * @param after  the value after
     */
    public void recordChange(String setting, Object before, Object after) {
        String beforeJson = json(before);
        String afterJson = json(after);
        if (Objects.equals(beforeJson, afterJson)) {
            return;
        }
        adminDao.appendAudit(new AuditEntry(0, clock.now(), currentUser.userKey().orElse(null), setting, beforeJson,
                afterJson));
    }

    /** A page of the trail, newest first, with the cursor of the next page (null at the end). */
    public record Page(List<AuditEntry> entries, String nextCursor) {
    }

    /**
     * @param cursor from the previous page, or null for the newest entries
     * @param limit  1–{@value #MAX_LIMIT}
     * @throws InvalidInput naming {@code cursor} or {@code limit}
     */
    public Page page(String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.admin.audit.limit"));
        }
        Long beforeId = cursor == null || cursor.isEmpty() ? null : decode(cursor);
        List<AuditEntry> entries = adminDao.auditPage(beforeId, limit + 1);
        if (entries.size() <= limit) {
            return new Page(entries, null);
        }
        List<AuditEntry> shown = entries.subList(0, limit);
        return new Page(List.copyOf(shown), encode(shown.get(limit - 1).id()));
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("audit:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("audit:")) {
                return Long.parseLong(raw.substring("audit:".length()));
            }
        } catch (IllegalArgumentException e) {
            // fall through: not a cursor of this list
        }
        throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid"));
    }
}
