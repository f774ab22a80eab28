package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.guildhall.platform.Links;
import org.springframework.stereotype.Component;

/** {@link Links} backed by SAL's application properties. */
@Component
public class SalLinks implements Links {

    private final ApplicationProperties applicationProperties;

    public SalLinks(@ComponentImport("salApplicationProperties") ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String baseUrl(boolean absolute) {
        String url = applicationProperties.getBaseUrl(absolute ? UrlMode.ABSOLUTE : UrlMode.RELATIVE);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
