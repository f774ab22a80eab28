package org.guildhall.ratelimit;

import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Transactions;
import org.guildhall.ratelimit.ao.RateWindowDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Counts what each person does against the limits of {@link RateLimitedAction}, in fixed windows shared by every
 * node of the cluster (one database row per person, action and window; see {@link RateWindowDao}). Anonymous callers
 * are not counted: everything rate-limited refuses them anyway.
 */
@Component
public class RateLimiter {

    static final String PROPERTY_PREFIX = "org.guildhall.rate-limit.";
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final CurrentUser currentUser;
    private final Clock clock;
    private final Transactions transactions;
    private final RateWindowDao windows;

    public RateLimiter(CurrentUser currentUser, Clock clock, Transactions transactions, RateWindowDao windows) {
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = transactions;
        this.windows = windows;
    }

    /**
     * Counts one more of the action for the current user.
     *
     * @throws GuildhallException.TooManyRequests when this one is over the limit of the current window (429, with
     *                                            the seconds until the window closes)
     */
    public void count(RateLimitedAction action) {
        String personKey = currentUser.userKey().orElse(null);
        if (personKey == null) {
            return;
        }
        RateLimit limit = limitOf(action);
        Instant now = clock.now();
        long windowMillis = limit.seconds() * 1000L;
        long windowStart = now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis);
        long windowEnd = windowStart + windowMillis;
        int hits = transactions.inTransactionRetryingOnConflict(
                () -> windows.hit(action.propertyName(), personKey, windowStart, windowEnd));
        if (hits > limit.count()) {
            long retryAfter = Math.max(1, (windowEnd - now.toEpochMilli() + 999) / 1000);
            throw new GuildhallException.TooManyRequests(retryAfter, limit.count(), limit.seconds());
        }
    }

    /** @return the limit set by the system property {@code org.guildhall.rate-limit.<action>}, else the default */
    public static RateLimit limitOf(RateLimitedAction action) {
        String property = System.getProperty(PROPERTY_PREFIX + action.propertyName());
        if (property == null) {
            return action.defaultLimit();
        }
        return RateLimit.parse(property).orElseGet(() -> {
            LOG.warn("Ignoring {}{}={}: not <count>/<seconds>", PROPERTY_PREFIX, action.propertyName(), property);
            return action.defaultLimit();
        });
    }
}
