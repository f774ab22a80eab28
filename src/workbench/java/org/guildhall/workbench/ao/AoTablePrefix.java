package org.guildhall.workbench.ao;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Atlassian's Active Objects plugin gives a plugin's tables: {@code AO_} + the last six hex digits
 * of the MD5 of the {@code <ao namespace>} (upper case) + {@code _}. For {@code org.guildhall.confluence} the tables
 * are {@code AO_xxxxxx_COMMUNITY} and so on, exactly as in Confluence.
 */
public final class AoTablePrefix implements TablePrefix {

    private final String prefix;

    public AoTablePrefix(String namespace) {
        this.prefix = "AO_" + hashOf(namespace) + "_";
    }

    /** @return the prefix including its trailing underscore, e.g. {@code AO_1B2C3D_} */
    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    static String hashOf(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }
}
