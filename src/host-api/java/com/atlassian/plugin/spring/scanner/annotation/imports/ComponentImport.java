package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of Atlassian Spring Scanner's {@code @ComponentImport}
 * (atlassian-spring-scanner-annotation): marks a constructor parameter as an OSGi service imported from the
 * host; {@code value} is the bean name when it differs from the type's decapitalised simple name.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {

    String value() default "";
}
