package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of {@code com.atlassian.event.api.EventListener} (atlassian-event): marks a public method with
 * one parameter that the {@link EventPublisher} calls with every published event assignable to that parameter's type,
 * once the listener object was {@link EventPublisher#register registered}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
