package org.guildhall.workbench.plugin;

/**
 * The plugin cannot be installed: a descriptor, index or wiring mistake that Confluence would also refuse (or would
 * only report later, in a log nobody reads). The workbench stops with this message instead of starting half-way.
 */
public final class PluginStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginStartupException(String message) {
        super(message);
    }

    public PluginStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
