package nl.mvimonitor.template.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExcelDatesTest {

    @Test
    void convertsBothWaysAroundTheLeapYearBug() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28),
                LocalDate.of(1900, 3, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31)}) {
            assertThat(ExcelDates.fromSerial(ExcelDates.toSerial(date))).hasValue(date);
        }
        assertThat(ExcelDates.toSerial(LocalDate.of(1900, 2, 28))).isEqualTo(59);
        assertThat(ExcelDates.toSerial(LocalDate.of(1900, 3, 1))).isEqualTo(61);
        assertThat(ExcelDates.toSerial(LocalDate.of(2024, 3, 12))).isEqualTo(45363);
    }

    @Test
    void refusesSerialsOutsideExcelsCalendar() {
        assertThat(ExcelDates.fromSerial(0)).isEmpty();
        assertThat(ExcelDates.fromSerial(-1)).isEmpty();
        assertThat(ExcelDates.fromSerial(60)).isEmpty();
        assertThat(ExcelDates.fromSerial(2_958_466)).isEmpty();
        assertThat(ExcelDates.fromSerial(Double.NaN)).isEmpty();
    }

    @Test
    void callsOnlyRecentSerialsPlausible() {
        assertThat(ExcelDates.isPlausibleSerial(45363)).isTrue();
        assertThat(ExcelDates.isPlausibleSerial(2024)).isFalse();
        assertThat(ExcelDates.isPlausibleSerial(1_250_000)).isFalse();
    }
}
