package org.guildhall.platform.confluence;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.AccessMode;
import org.springframework.stereotype.Component;

/** {@link AccessMode} backed by Confluence's access mode service. */
@Component
public class ConfluenceAccessMode implements AccessMode {

    private final AccessModeService accessModeService;

    public ConfluenceAccessMode(@ComponentImport("accessModeService") AccessModeService accessModeService) {
        this.accessModeService = accessModeService;
    }

    @Override
    public boolean readOnly() {
        return accessModeService.isReadOnlyAccessModeEnabled();
    }
}
