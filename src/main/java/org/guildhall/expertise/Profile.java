package org.guildhall.expertise;

import java.time.Instant;
import java.util.List;

/**
 * A person's declared profile. People who never saved one have {@link #empty}.
 *
 * @param busyUntil only with {@link Availability#BUSY}; else null
 */
public record Profile(String personKey, String askMeAbout, Availability availability, Instant busyUntil,
                      List<Skill> skills) {

    public Profile {
        skills = List.copyOf(skills);
    }

    public static Profile empty(String personKey) {
        return new Profile(personKey, "", Availability.AVAILABLE, null, List.of());
    }

    /** @return true when the person takes routed questions at {@code now} */
    public boolean available(Instant now) {
        return availability.takesQuestionsAt(busyUntil, now);
    }
}
