package com.atlassian.templaterenderer;

/**
 * Compile-only copy of {@code com.atlassian.templaterenderer.RenderingException} (a runtime exception).
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
