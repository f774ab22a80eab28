package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of {@code com.atlassian.annotations.security.UnrestrictedAccess} (atlassian-annotations,
 * Platform 7+): a servlet, servlet filter or REST resource (class or method) that everybody may reach, logged in or
 * not, even when the site does not allow anonymous access. Since Platform 7 (Confluence 9 and 10) an unannotated
 * servlet is for licensed users only, so the host turns anonymous visitors away before the servlet runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
