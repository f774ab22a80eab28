package com.atlassian.confluence.api.service.accessmode;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.api.service.accessmode.AccessModeService}
 * (Confluence 6.10+, the site's read-only "maintenance" mode; also {@code getAccessMode()} returning
 * {@code com.atlassian.confluence.api.model.accessmode.AccessMode} READ_WRITE/READ_ONLY, which Guildhall does not
 * call). Confluence registers it as the bean {@code accessModeService}. Only the member Guildhall calls.
 */
public interface AccessModeService {

    /** @return true while an administrator has put the site into read-only mode */
    boolean isReadOnlyAccessModeEnabled();
}
