package org.guildhall.activity;

import org.guildhall.activity.ao.ActivityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long the activity stream keeps its entries, and removing older ones. System administrators set the number of
 * days ({@value #MIN_DAYS}–{@value #MAX_DAYS}, default {@value #DEFAULT_DAYS}: two years); the purge job removes older
 * entries in batches of {@value #BATCH}, each its own short transaction, at most {@value #MAX_BATCHES} per run.
 */
@Component
public class ActivityRetention {

    public static final int DEFAULT_DAYS = 730;
    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 3650;
    static final int BATCH = 500;
    static final int MAX_BATCHES = 200;

    private final ActivityDao activityDao;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    public ActivityRetention(ActivityDao activityDao, CurrentUser currentUser, Transactions transactions,
                             Clock clock) {
        this.activityDao = activityDao;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the retention in days; system administrators only */
    public int days() {
        requireAdministrator();
        return activityDao.retentionDays().orElse(DEFAULT_DAYS);
    }

    /**
     * Sets the retention. System administrators only.
     *
     * @throws InvalidInput naming {@code days} unless it is {@value #MIN_DAYS}–{@value #MAX_DAYS}; nothing saved
     */
    public int save(Integer days) {
        requireAdministrator();
        if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidInput(Map.of("days", "guildhall.error.activity.retention.range"));
        }
        transactions.inTransactionRetryingOnConflict(() -> {
            activityDao.saveRetentionDays(days);
            return null;
        });
        return days;
    }

    /** Removes entries older than the retention, in batches. @return how many were removed */
    public int purge() {
        Instant cutoff = clock.now().minus(Duration.ofDays(activityDao.retentionDays().orElse(DEFAULT_DAYS)));
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int gone = transactions.inTransaction(() -> activityDao.purgeBatch(cutoff, BATCH));
            removed += gone;
            if (gone < BATCH) {
                break;
            }
        }
        return removed;
    }

    private void requireAdministrator() {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        if (!currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.error.activity.not-admin");
        }
    }
}
