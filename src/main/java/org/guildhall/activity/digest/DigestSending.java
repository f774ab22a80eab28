package org.guildhall.activity.digest;

import org.guildhall.activity.digest.ao.DigestDao;
import org.guildhall.activity.digest.ao.DigestDao.Claim;
import org.guildhall.activity.digest.ao.DigestDao.Subscriber;
import org.guildhall.platform.ActingAs;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Mail;
import org.guildhall.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the digests that are due: for every person with a daily or weekly digest whose digest for the current period
 * ({@link DigestFrequency#period}) is not done yet. Exactly once per person and period across a cluster and across
 * crashes, because each digest is claimed in the database before it is written ({@link DigestDao#claim}: a unique run
 * key, committed on its own) and marked done after its mail was queued:
 * <ul>
 *   <li>two nodes running at once: only one inserts the claim, the other skips that person;</li>
 *   <li>a failure before the mail was queued gives the claim back, so the next run sends it;</li>
 *   <li>a node that dies between claiming and finishing leaves a claim that is taken over after
 *       {@link #CLAIM_LEASE}, which is far longer than writing one digest takes.</li>
 * </ul>
 * Each digest is gathered as the recipient ({@link ActingAs}), so it holds only what they may see at sending time; a
 * person with nothing new gets no mail. People are read in batches of {@value #BATCH}.
 */
@Component
public class DigestSending {

    static final int BATCH = 100;
    static final Duration CLAIM_LEASE = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(DigestSending.class);

    private final DigestDao digestDao;
    private final DigestBuilder builder;
    private final DigestMail digestMail;
    private final Mail mail;
    private final ActingAs actingAs;
    private final I18n i18n;
    private final Transactions transactions;
    private final Clock clock;
    private final CurrentUser currentUser;

    public DigestSending(DigestDao digestDao, DigestBuilder builder, DigestMail digestMail, Mail mail,
                         ActingAs actingAs, I18n i18n, Transactions transactions, Clock clock,
                         CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.digestDao = digestDao;
        this.builder = builder;
        this.digestMail = digestMail;
        this.mail = mail;
        this.actingAs = actingAs;
        this.i18n = i18n;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs the job's work now, for system administrators ({@code POST /admin/digests/send}): the digests that are due
     * and not yet sent in the current period, like the scheduled run.
     *
     * @return how many digest mails were queued
     * @throws AccessDenied for everyone but system administrators
     */
    public int sendDueNow() {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        if (!currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.error.activity.not-admin");
        }
        // The digests are gathered as each recipient; the administrator's own identity comes back afterwards.
        return sendDue();
    }

    /** @return how many digest mails this call queued */
    public int sendDue() {
        Instant now = clock.now();
        Instant staleBefore = now.minus(CLAIM_LEASE);
        int mailed = 0;
        for (DigestFrequency frequency : List.of(DigestFrequency.DAILY, DigestFrequency.WEEKLY)) {
            String period = frequency.period(now);
            long after = 0;
            for (List<Subscriber> batch = digestDao.subscribers(frequency, after, BATCH); !batch.isEmpty();
                 batch = digestDao.subscribers(frequency, after, BATCH)) {
                Set<String> done = digestDao.claimed(period, batch.stream().map(Subscriber::userKey).toList(),
                        staleBefore);
                for (Subscriber subscriber : batch) {
                    if (!done.contains(subscriber.userKey()) && sendOne(subscriber.userKey(), frequency, period, now)) {
                        mailed++;
                    }
                }
                after = batch.get(batch.size() - 1).id();
            }
        }
        return mailed;
    }

    /** @return true when this call mailed the person's digest */
    private boolean sendOne(String userKey, DigestFrequency frequency, String period, Instant now) {
        Optional<Claim> claimed = transactions.inTransactionRetryingOnConflict(
                () -> digestDao.claim(userKey, period, now, now.minus(CLAIM_LEASE)));
        if (claimed.isEmpty()) {
            return false;
        }
        Claim claim = claimed.get();
        boolean queued = false;
        try {
            Instant since = digestDao.lastDigest(userKey).orElse(now.minus(frequency.length()));
            Optional<Mail.Message> message = actingAs.as(userKey, () -> {
                DigestContent content = builder.build(since, now);
                return content.isEmpty() ? null
                        : digestMail.compose(content, frequency, userKey, i18n.localeOf(userKey));
            });
            queued = message.isPresent() && mail.send(userKey, message.get());
            boolean mailed = queued;
            transactions.inTransaction(() -> {
                if (mailed) {
                    digestDao.finish(claim, true, clock.now());
                } else {
                    // nothing new yet: a later run of the same period mails what arrives meanwhile
                    digestDao.release(claim);
                }
                return null;
            });
            return mailed;
        } catch (RuntimeException e) {
            if (!queued) {
                // nothing went out: give the claim back so that the next run sends this digest
                transactions.inTransaction(() -> {
                    digestDao.release(claim);
                    return null;
                });
            }
            LOG.warn("Guildhall could not send the {} digest of {}", period, userKey, e);
            return queued;
        }
    }
}
