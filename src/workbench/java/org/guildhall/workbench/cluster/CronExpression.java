package org.guildhall.workbench.cluster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A Quartz-style cron expression, as atlassian-scheduler accepts them: {@code seconds minutes hours day-of-month month
 * day-of-week [year]}, for example {@code 0 0 3 * * ?} (every night at three) or {@code 0 *}{@code /15 9-17 ? * MON-FRI}.
 *
 * <p>The workbench supports the forms Guildhall's jobs use: {@code *}, {@code ?} (in exactly one of the two day
 * fields, as Quartz requires), numbers, month names JAN–DEC, day names SUN–SAT (1 = Sunday, as in Quartz), ranges
 * {@code a-b}, lists {@code a,b} and increments {@code *}{@code /n}, {@code a/n}, {@code a-b/n}. Quartz's calendar
 * specials {@code L}, {@code W}, {@code #} and {@code C} are rejected with an explanation rather than misread.
 */
final class CronExpression {

    private static final List<String> MONTH_NAMES = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAY_NAMES = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2199;
    /** How far ahead to look for a match before deciding an expression (such as 30 February) never fires. */
    private static final int YEARS_TO_SEARCH = 10;

    private final String text;
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final BitSet years;
    private final boolean matchDayOfWeek;

    private CronExpression(String text, String[] fields) {
        this.text = text;
        seconds = parseField(fields[0], "seconds", 0, 59, List.of());
        minutes = parseField(fields[1], "minutes", 0, 59, List.of());
        hours = parseField(fields[2], "hours", 0, 23, List.of());
        months = parseField(fields[4], "month", 1, 12, MONTH_NAMES);
        years = fields.length == 7 ? parseField(fields[6], "year", FIRST_YEAR, LAST_YEAR, List.of()) : all(FIRST_YEAR, LAST_YEAR);
        boolean anyDayOfMonth = fields[3].equals("?");
        boolean anyDayOfWeek = fields[5].equals("?");
        if (anyDayOfMonth == anyDayOfWeek) {
            throw invalid("put '?' in exactly one of day-of-month and day-of-week (Quartz cannot combine them)");
        }
        matchDayOfWeek = anyDayOfMonth;
        daysOfMonth = anyDayOfMonth ? all(1, 31) : parseField(fields[3], "day-of-month", 1, 31, List.of());
        daysOfWeek = anyDayOfWeek ? all(1, 7) : parseField(fields[5], "day-of-week", 1, 7, DAY_NAMES);
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, when the expression is malformed or uses a form the
     *                                  workbench does not support
     */
    static CronExpression parse(String expression) {
        String[] fields = expression.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (fields.length != 6 && fields.length != 7) {
            throw new IllegalArgumentException("Cron expression '" + expression
                    + "' must have 6 or 7 fields: seconds minutes hours day-of-month month day-of-week [year]");
        }
        return new CronExpression(expression, fields);
    }

    /** @return the first time strictly after {@code after} that matches, or null when there is none within ten years */
    ZonedDateTime nextAfter(ZonedDateTime after) {
        ZoneId zone = after.getZone();
        ZonedDateTime time = after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        int lastYear = Math.min(after.getYear() + YEARS_TO_SEARCH, LAST_YEAR);
        while (time.getYear() <= lastYear) {
            if (!years.get(time.getYear())) {
                time = LocalDate.of(time.getYear() + 1, 1, 1).atStartOfDay(zone);
            } else if (!months.get(time.getMonthValue())) {
                time = time.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone);
            } else if (!dayMatches(time.toLocalDate())) {
                time = time.toLocalDate().plusDays(1).atStartOfDay(zone);
            } else if (!hours.get(time.getHour())) {
                time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(time.getMinute())) {
                time = time.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!seconds.get(time.getSecond())) {
                time = time.plusSeconds(1);
            } else {
                return time;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }

    private boolean dayMatches(LocalDate date) {
        return matchDayOfWeek ? daysOfWeek.get(quartzDayOfWeek(date.getDayOfWeek())) : daysOfMonth.get(date.getDayOfMonth());
    }

    /** Quartz numbers days from Sunday = 1 to Saturday = 7. */
    private static int quartzDayOfWeek(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    private BitSet parseField(String field, String name, int min, int max, List<String> names) {
        if (field.matches(".*[LW#C].*") && !containsOnlyNames(field, names)) {
            throw invalid("the " + name + " field '" + field + "' uses L, W, # or C, which the workbench scheduler does not support");
        }
        BitSet values = new BitSet(max + 1);
        for (String part : field.split(",")) {
            parsePart(part, name, min, max, names, values);
        }
        return values;
    }

    private void parsePart(String part, String name, int min, int max, List<String> names, BitSet values) {
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            range = part.substring(0, slash);
            step = number(part.substring(slash + 1), name, 1, max);
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else if (range.contains("-")) {
            String[] ends = range.split("-", 2);
            from = value(ends[0], name, min, max, names);
            to = value(ends[1], name, min, max, names);
            if (to < from) {
                throw invalid("the " + name + " range '" + range + "' runs backwards");
            }
        } else {
            from = value(range, name, min, max, names);
            to = slash >= 0 ? max : from;
        }
        for (int value = from; value <= to; value += step) {
            values.set(value);
        }
    }

    private int value(String token, String name, int min, int max, List<String> names) {
        int index = names.indexOf(token);
        if (index >= 0) {
            return min + index;
        }
        return number(token, name, min, max);
    }

    private int number(String token, String name, int min, int max) {
        try {
            int value = Integer.parseInt(token);
            if (value < min || value > max) {
                throw invalid("the " + name + " value " + value + " is outside " + min + "-" + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid("the " + name + " field has '" + token + "' where a number" + (name.startsWith("day-of-w") || name.equals("month") ? " or name" : "") + " belongs");
        }
    }

    private static boolean containsOnlyNames(String field, List<String> names) {
        String withoutNames = field;
        for (String dayOrMonth : names) {
            withoutNames = withoutNames.replace(dayOrMonth, "");
        }
        return !withoutNames.matches(".*[LW#C].*");
    }

    private static BitSet all(int min, int max) {
        BitSet values = new BitSet(max + 1);
        values.set(min, max + 1);
        return values;
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("Cron expression '" + text + "': " + problem);
    }
}
