package org.guildhall.ratelimit.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How often one person did one rate-limited thing in one fixed time window. {@code WINDOW_KEY}
 * ({@code <action>|<window start millis>|<personKey>}) is unique: the first hit of a window inserts the row, later
 * ones add one in a single UPDATE, so every node counts into the same row.
 */
@Table("RateWindow")
public interface RateWindowEntity extends Entity {

    String TABLE = "AO_A368F0_RATE_WINDOW";
    String WINDOW_KEY = "WINDOW_KEY";
    String PERSON_KEY = "PERSON_KEY";
    String LIMITED_ACTION = "LIMITED_ACTION";
    String WINDOW_END = "WINDOW_END";
    String HITS = "HITS";

    @NotNull
    @Unique
    @StringLength(255)
    String getWindowKey();

    void setWindowKey(String windowKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @StringLength(40)
    String getLimitedAction();

    void setLimitedAction(String limitedAction);

    /** Epoch milliseconds at which the window closes; closed windows are deleted when the person's next one opens. */
    @NotNull
    long getWindowEnd();

    void setWindowEnd(long windowEnd);

    @NotNull
    int getHits();

    void setHits(int hits);
}
