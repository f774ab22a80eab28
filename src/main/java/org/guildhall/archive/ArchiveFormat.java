package org.guildhall.archive;

/**
 * The community archive's identity: {@code "format"} and {@code "version"} open every archive (docs/archive-format.md
 * describes every field). The version goes up when a field changes meaning or a required field is added; the
 * importer reads every version up to its own and refuses newer ones.
 */
public final class ArchiveFormat {

    public static final String FORMAT = "guildhall-community-archive";
    public static final int VERSION = 1;

    /** The {@code site} of external people made for archive users this site does not know. */
    public static final String UNKNOWN_USER_SITE = "guildhall-archive";

    /** The source-key prefix of those external people: {@code archive:user:<user key>}. */
    public static final String UNKNOWN_USER_PREFIX = "archive:user:";

    /** How a user-key column names an external person ({@code external:<id>}), as reputation does. */
    public static final String EXTERNAL_KEY_PREFIX = "external:";

    private ArchiveFormat() {
    }
}
