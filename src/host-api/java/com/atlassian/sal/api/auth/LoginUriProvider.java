package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.auth.LoginUriProvider} (sal-api): where to send a person
 * who must log in first. Only the member Guildhall calls.
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
