package org.guildhall.platform;

/**
 * Confluence's read-only (maintenance) mode. While it is on, Guildhall refuses every write — REST mutations, form
 * posts, background work that changes what people see — with a clear message, hides write actions, and keeps reads
 * working.
 */
public interface AccessMode {

    /** @return true while Confluence is read-only */
    boolean readOnly();

    /** @throws GuildhallException.ReadOnlyMode (503) while Confluence is read-only */
    default void requireWritable() {
        if (readOnly()) {
            throw new GuildhallException.ReadOnlyMode();
        }
    }
}
