package org.guildhall.workbench.host;

import com.atlassian.sal.api.auth.LoginUriProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Workbench stand-in for SAL's {@code LoginUriProvider}: Confluence's login page,
 * {@code /confluence/login.action?os_destination=<return URI, URL-encoded>}.
 */
public final class WorkbenchLoginUriProvider implements LoginUriProvider {

    private final String contextPath;

    public WorkbenchLoginUriProvider(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        String destination = returnUri.toString();
        if (destination.startsWith(contextPath + "/")) {
            destination = destination.substring(contextPath.length());
        }
        return URI.create(contextPath + "/login.action?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
