package com.atlassian.confluence.macro;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.macro.MacroExecutionException}.
 */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
