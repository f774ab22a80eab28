package org.guildhall.analytics;

import org.guildhall.platform.GuildhallException.InvalidInput;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class HealthPeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    @Test
    public void parse_withoutDates_coversThe28DaysUpToToday() {
        HealthPeriod period = HealthPeriod.parse(null, "", TODAY);

        assertThat(period, is(new HealthPeriod(LocalDate.parse("2026-02-21"), LocalDate.parse("2026-03-21"))));
        assertThat(period.previous(), is(new HealthPeriod(LocalDate.parse("2026-01-24"),
                LocalDate.parse("2026-02-21"))));
    }

    @Test
    public void parse_namesTheMalformedField() {
        InvalidInput error = assertThrows(InvalidInput.class, () -> HealthPeriod.parse("2026-01-01", "March", TODAY));

        assertThat(error.fieldErrorKeys(), is(Map.of("to", "guildhall.health.error.date")));
    }

    @Test
    public void parse_refusesFromNotBeforeTo() {
        InvalidInput error = assertThrows(InvalidInput.class,
                () -> HealthPeriod.parse("2026-03-01", "2026-03-01", TODAY));

        assertThat(error.fieldErrorKeys(), is(Map.of("from", "guildhall.health.error.from-after-to")));
    }

    @Test
    public void parse_refusesMoreThanAYear() {
        assertThat(HealthPeriod.parse("2025-01-01", "2026-01-02", TODAY).days(), is(366L));
        InvalidInput error = assertThrows(InvalidInput.class,
                () -> HealthPeriod.parse("2025-01-01", "2026-01-03", TODAY));

        assertThat(error.fieldErrorKeys(), is(Map.of("from", "guildhall.health.error.too-long")));
    }
}
