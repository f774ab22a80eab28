package org.guildhall.platform.web;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.ratelimit.RateLimiter;

/**
 * Puts a request filter in front of every REST method marked {@link RateLimited}: the call is counted for the
 * caller, and a call over the limit becomes a 429 JSON error (through {@link GuildhallExceptionMapper}) before the
 * method runs. The filter runs after authentication, so it counts the logged-in caller.
 */
@Provider
public class RateLimitFeature implements DynamicFeature {

    private final RateLimiter rateLimiter;

    public RateLimitFeature(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited != null) {
            ContainerRequestFilter counting = request -> rateLimiter.count(limited.value());
            context.register(counting, ContainerRequestFilter.class);
        }
    }
}
