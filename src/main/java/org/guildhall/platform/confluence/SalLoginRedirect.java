package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import org.guildhall.platform.LoginRedirect;
import org.springframework.stereotype.Component;

import java.net.URI;

/** {@link LoginRedirect} backed by SAL's login URI provider. */
@Component
public class SalLoginRedirect implements LoginRedirect {

    private final LoginUriProvider loginUriProvider;

    public SalLoginRedirect(@ComponentImport LoginUriProvider loginUriProvider) {
        this.loginUriProvider = loginUriProvider;
    }

    @Override
    public URI loginUri(URI returnTo) {
        return loginUriProvider.getLoginUri(returnTo);
    }
}
