package org.guildhall.platform.web;

import org.guildhall.ratelimit.RateLimitedAction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a REST method: each call counts as one {@link #value()} of the caller's, and is refused with 429 and
 * {@code Retry-After} before the method runs when the caller is over the limit (see {@link RateLimitFeature}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    RateLimitedAction value();
}
