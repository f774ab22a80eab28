package org.guildhall.workbench.cluster;

/** The shared database could not be read or written; the cluster services cannot go on without it. */
public class ClusterDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
