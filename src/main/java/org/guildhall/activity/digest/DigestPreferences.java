package org.guildhall.activity.digest;

import org.guildhall.activity.digest.ao.DigestDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * A person's own digest: how often they get it, what the next one holds, and turning it off from the mail's link.
 */
@Component
public class DigestPreferences {

    private final DigestDao digestDao;
    private final DigestBuilder builder;
    private final UnsubscribeLinks unsubscribeLinks;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    public DigestPreferences(DigestDao digestDao, DigestBuilder builder, UnsubscribeLinks unsubscribeLinks,
                             CurrentUser currentUser, Transactions transactions, Clock clock) {
        this.digestDao = digestDao;
        this.builder = builder;
        this.unsubscribeLinks = unsubscribeLinks;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the current user's frequency ({@code off} until they choose); logged-in users only */
    public DigestFrequency mine() {
        return digestDao.frequency(loggedIn());
    }

    /**
     * Sets the current user's frequency. Logged-in users only.
     *
     * @throws InvalidInput naming {@code frequency} unless it is {@code daily}, {@code weekly} or {@code off}
     */
    public DigestFrequency save(String frequency) {
        String userKey = loggedIn();
        DigestFrequency chosen = DigestFrequency.parse(frequency)
                .orElseThrow(() -> new InvalidInput(Map.of("frequency", "guildhall.error.digest.frequency.unknown")));
        transactions.inTransactionRetryingOnConflict(() -> {
            digestDao.saveFrequency(userKey, chosen, clock.now());
            return null;
        });
        return chosen;
    }

    /**
     * @return what the current user's next digest would hold if it were sent now (also when digests are off: the
     *         preview covers the last day then); logged-in users only
     */
    public DigestContent preview() {
        String userKey = loggedIn();
        DigestFrequency frequency = digestDao.frequency(userKey);
        Instant now = clock.now();
        Instant since = digestDao.lastDigest(userKey).orElse(now.minus(
                (frequency == DigestFrequency.OFF ? DigestFrequency.DAILY : frequency).length()));
        return builder.build(since, now);
    }

    /** @return true when the token of an unsubscribe link is the person's (checking changes nothing) */
    public boolean isUnsubscribeLink(String userKey, String token) {
        return unsubscribeLinks.isValid(userKey, token);
    }

    /**
     * Turns the person's digest off, from the signed link of a digest mail; anyone holding that link may.
     *
     * @return false, changing nothing, when the token is not the person's
     */
    public boolean unsubscribe(String userKey, String token) {
        if (!unsubscribeLinks.isValid(userKey, token)) {
            return false;
        }
        transactions.inTransactionRetryingOnConflict(() -> {
            digestDao.saveFrequency(userKey, DigestFrequency.OFF, clock.now());
            return null;
        });
        return true;
    }

    private String loggedIn() {
        return currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
    }
}
