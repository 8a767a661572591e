package nl.mvimonitor.template.validate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Excel serial dates in the 1900 date system, the default of Excel and Google Sheets exports. Excel counts
 * 1900-01-01 as day 1 and, copying a Lotus 1-2-3 bug, treats 1900 as a leap year: serial 60 is the non-existent
 * 29 February 1900, so serials from 61 on are one day ahead of a plain day count.
 */
final class ExcelDates {

    /** The fictitious 29-02-1900. */
    static final int LEAP_BUG_SERIAL = 60;
    /** 31-12-9999, the last date Excel knows. */
    static final int LAST_SERIAL = 2_958_465;
    /** 01-01-1990 and 31-12-2100: a number without date format in this range is plausibly a date. */
    static final int PLAUSIBLE_FIRST = 32_874;
    static final int PLAUSIBLE_LAST = 73_415;

    private static final LocalDate DAY_ZERO_BEFORE_BUG = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY_ZERO_AFTER_BUG = LocalDate.of(1899, 12, 30);
    private static final LocalDate FIRST_AFTER_BUG = LocalDate.of(1900, 3, 1);

    private ExcelDates() {
    }

    /** The date of a serial; a time of day (the fraction) is ignored. Empty for serial 60 and out of range. */
    static Optional<LocalDate> fromSerial(double serial) {
        if (!Double.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) {
            return Optional.empty();
        }
        long day = (long) Math.floor(serial);
        if (day == LEAP_BUG_SERIAL) {
            return Optional.empty();
        }
        LocalDate zero = day < LEAP_BUG_SERIAL ? DAY_ZERO_BEFORE_BUG : DAY_ZERO_AFTER_BUG;
        return Optional.of(zero.plusDays(day));
    }

    /** The serial of a date (for tests and writers): inverse of {@link #fromSerial}. */
    static double toSerial(LocalDate date) {
        long days = date.toEpochDay() - DAY_ZERO_AFTER_BUG.toEpochDay();
        return date.isBefore(FIRST_AFTER_BUG) ? days - 1 : days;
    }

    /** True when a number without date format lies where recent dates lie. */
    static boolean isPlausibleSerial(double number) {
        return Double.isFinite(number) && number >= PLAUSIBLE_FIRST && number < PLAUSIBLE_LAST + 1;
    }
}
