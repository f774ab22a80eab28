package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.platform.WebSudo;
import org.springframework.stereotype.Component;

/** {@link WebSudo} through SAL's WebSudo manager, in the way its javadoc prescribes. */
@Component
public class SalWebSudo implements WebSudo {

    private final WebSudoManager webSudoManager;

    public SalWebSudo(@ComponentImport("salWebSudoManager") WebSudoManager webSudoManager) {
        this.webSudoManager = webSudoManager;
    }

    @Override
    public boolean allowOrAuthenticate(HttpServletRequest request, HttpServletResponse response) {
        if (webSudoManager.canExecuteRequest(request)) {
            return true;
        }
        webSudoManager.enforceWebSudoProtection(request, response);
        return false;
    }
}
