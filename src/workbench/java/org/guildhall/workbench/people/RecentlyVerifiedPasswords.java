package org.guildhall.workbench.people;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import org.guildhall.workbench.cluster.HostCacheSettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Passwords that were verified against their PBKDF2 hash a moment ago, so that a client sending HTTP Basic with every
 * request (REST clients, the benchmark) does not pay for the slow hash on every request — as Confluence's
 * authenticator remembers a successful login, which spares it a Crowd check per request.
 *
 * <p>What is kept is never the password: it is an HMAC of it under a key that each node draws at random and keeps
 * in memory only, so the cache neither reveals a password nor lets a wrong one through. Entries expire after
 * {@value #SECONDS} seconds and are removed on every node when the user changes ({@link #forget}).
 */
final class RecentlyVerifiedPasswords {

    private static final String CACHE_NAME = "org.guildhall.workbench.verifiedPasswords";
    private static final int MAX_ENTRIES = 1000;
    private static final long SECONDS = 120;
    private static final String ALGORITHM = "HmacSHA256";

    /** The user the password was verified for, and the HMAC of that password. */
    private record Verified(WorkbenchUser user, byte[] passwordMac) {
    }

    private final Cache<String, Verified> byUsername;
    private final SecretKeySpec nodeKey;

    RecentlyVerifiedPasswords(CacheManager caches) {
        this.byUsername = caches.getCache(CACHE_NAME, null, HostCacheSettings.expiringAfter(MAX_ENTRIES, SECONDS));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.nodeKey = new SecretKeySpec(key, ALGORITHM);
    }

    /** @return the user when this very password was verified for them recently */
    Optional<WorkbenchUser> find(String username, String password) {
        Verified verified = byUsername.get(username);
        if (verified == null || !MessageDigest.isEqual(verified.passwordMac(), mac(password))) {
            return Optional.empty();
        }
        return Optional.of(verified.user());
    }

    void remember(String username, String password, WorkbenchUser user) {
        byUsername.put(username, new Verified(user, mac(password)));
    }

    /** Forgets the user's verified password on every node: call whenever the user or their password changes. */
    void forget(String username) {
        byUsername.remove(username);
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(nodeKey);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
