package nl.mvimonitor.sync.summary;

/**
 * What a KPI value is about: one theme (or all), one organisational unit (or all), one year.
 *
 * @param theme theme code such as {@code KLI}, or null for all themes
 * @param unit  organisational unit, or null for all units
 * @param year  calendar year
 */
record Scope(String theme, String unit, int year) {

    static Scope all(int year) {
        return new Scope(null, null, year);
    }

    Scope withYear(int otherYear) {
        return new Scope(theme, unit, otherYear);
    }

    boolean coversTheme(String otherTheme) {
        return theme == null || theme.equals(otherTheme);
    }

    boolean coversUnit(String otherUnit) {
        return unit == null || unit.equals(otherUnit);
    }
}
