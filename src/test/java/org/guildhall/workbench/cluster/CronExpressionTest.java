package org.guildhall.workbench.cluster;

import org.junit.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertThrows;

public class CronExpressionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    public void nightlyJobRunsAtThreeTheNextMorning() {
        assertThat(next("0 0 3 * * ?", "2026-01-01T05:00:00"), is(at("2026-01-02T03:00:00")));
    }

    @Test
    public void officeHoursJobSkipsTheWeekend() {
        assertThat(next("0 */15 9-17 ? * MON-FRI", "2026-01-02T17:50:00"), is(at("2026-01-05T09:00:00")));
    }

    @Test
    public void quartzNumbersDaysFromSunday() {
        assertThat(next("0 0 12 ? * 1", "2026-01-01T00:00:00"), is(at("2026-01-04T12:00:00")));
    }

    @Test
    public void listsAndMonthNamesSelectMonths() {
        assertThat(next("0 30 8 1 JAN,JUL ?", "2026-02-01T00:00:00"), is(at("2026-07-01T08:30:00")));
    }

    @Test
    public void nextMatchIsStrictlyLater() {
        assertThat(next("0 0 3 * * ?", "2026-01-01T03:00:00"), is(at("2026-01-02T03:00:00")));
    }

    @Test
    public void aDayThatNeverComesHasNoNextMatch() {
        assertThat(next("0 0 0 30 2 ?", "2026-01-01T00:00:00"), is(nullValue()));
    }

    @Test
    public void yearFieldLimitsTheMatches() {
        assertThat(next("0 0 0 1 1 ? 2028", "2026-06-01T00:00:00"), is(at("2028-01-01T00:00:00")));
    }

    @Test
    public void bothDayFieldsGivenIsRejectedAsQuartzDoes() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 0 3 1 * MON"));
        assertThat(rejected.getMessage(), containsString("exactly one of day-of-month and day-of-week"));
    }

    @Test
    public void calendarSpecialsAreRejectedRatherThanMisread() {
        assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 0 3 ? * 6#3"));
        assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 0 3 LW * ?"));
    }

    @Test
    public void outOfRangeValuesAreRejected() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 60 * * * ?"));
        assertThat(rejected.getMessage(), containsString("minutes value 60 is outside 0-59"));
    }

    @Test
    public void fiveFieldUnixExpressionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("*/5 * * * *"));
    }

    private static ZonedDateTime next(String expression, String after) {
        return CronExpression.parse(expression).nextAfter(at(after));
    }

    private static ZonedDateTime at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BERLIN);
    }
}
