package org.guildhall.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST endpoint that writes nothing (e.g. a Markdown preview), so that it keeps working while Confluence is
 * read-only. Every other POST, PUT, PATCH and DELETE is refused then ({@link ReadOnlyModeFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsOnly {
}
