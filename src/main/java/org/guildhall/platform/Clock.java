package org.guildhall.platform;

import org.springframework.stereotype.Component;

import java.time.Instant;

/** The time now; a component so tests can fix it. */
@Component
public class Clock {

    public Instant now() {
        return Instant.now();
    }
}
