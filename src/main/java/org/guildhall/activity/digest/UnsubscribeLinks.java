package org.guildhall.activity.digest;

import org.guildhall.activity.digest.ao.DigestDao;
import org.guildhall.platform.Links;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The one-click unsubscribe link of a digest mail: it names the person and carries an HMAC-SHA256 of their user key
 * under a random secret the app keeps in its database (made on first use, the same on every node). Whoever has the
 * link can turn that person's digest off — nothing else — without logging in; nobody can make a link for anyone else.
 */
@Component
public class UnsubscribeLinks {

    static final String SECRET_NAME = "digest-unsubscribe";
    static final String PATH = "/plugins/servlet/guildhall/digest/unsubscribe";

    private final DigestDao digestDao;
    private final Transactions transactions;
    private final Links links;
    /** The secret never changes once made, so each node may keep it. */
    private volatile byte[] secret;

    public UnsubscribeLinks(DigestDao digestDao, Transactions transactions, Links links) {
        this.digestDao = digestDao;
        this.transactions = transactions;
        this.links = links;
    }

    /** @return the absolute unsubscribe link for the person */
    public String linkFor(String userKey) {
        return links.baseUrl(true) + PATH + "?user=" + URLEncoder.encode(userKey, StandardCharsets.UTF_8) + "&token="
                + token(userKey);
    }

    /** @return true when the token was made by {@link #linkFor} for this person */
    public boolean isValid(String userKey, String token) {
        if (userKey == null || userKey.isEmpty() || token == null) {
            return false;
        }
        return MessageDigest.isEqual(token(userKey).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    String token(String userKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] signature = mac.doFinal(("unsubscribe\n" + userKey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = transactions.inTransactionRetryingOnConflict(() -> digestDao.secret(SECRET_NAME));
            secret = known;
        }
        return known;
    }
}
