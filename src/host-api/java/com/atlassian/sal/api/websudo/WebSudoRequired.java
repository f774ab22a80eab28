package com.atlassian.sal.api.websudo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.websudo.WebSudoRequired}: on a REST resource class or
 * method, Atlassian REST refuses browser (session) requests outside a secure administrator session (401); requests
 * authenticated with HTTP Basic are not subject to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Documented
public @interface WebSudoRequired {
}
