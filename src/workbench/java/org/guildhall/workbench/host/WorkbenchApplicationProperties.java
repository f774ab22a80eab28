package org.guildhall.workbench.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.util.function.IntSupplier;

/**
 * Workbench stand-in for SAL's {@code ApplicationProperties} (bean {@code salApplicationProperties}): absolute
 * and canonical URLs are {@code http://localhost:<port>/confluence}, relative ones {@code /confluence}. The port is
 * read late because tests let Jetty pick a free one.
 */
public final class WorkbenchApplicationProperties implements ApplicationProperties {

    private final String contextPath;
    private final IntSupplier port;

    public WorkbenchApplicationProperties(String contextPath, IntSupplier port) {
        this.contextPath = contextPath;
        this.port = port;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> contextPath;
            case ABSOLUTE, CANONICAL, AUTO -> "http://localhost:" + port.getAsInt() + contextPath;
        };
    }

    @Override
    public String getDisplayName() {
        return "Confluence";
    }
}
