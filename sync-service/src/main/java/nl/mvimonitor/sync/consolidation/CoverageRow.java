package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Response figures of one organisational unit in one year (or a sum of them).
 *
 * @param unit          organisational unit, or null for a sum over units
 * @param year          year, or 0 for a sum over years
 * @param expected      projects expected from the register (0 without a register)
 * @param received      expected projects with a current submission (without a register: projects received)
 * @param valid         of those, projects with a submission of status OK or WAARSCHUWING
 * @param notInRegister projects received that the register does not list
 * @param duplicates    files that do not count because another file with their ProjectID counts for the project,
 *                      in the row where that project counts
 */
public record CoverageRow(String unit, int year, int expected, int received, int valid, int notInRegister,
                          int duplicates) {

    public CoverageRow {
        if (expected < 0 || received < 0 || valid < 0 || notInRegister < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Received as a percentage (0-100) of expected, one decimal; empty when nothing was expected. */
    public Optional<BigDecimal> responsePercent() {
        if (expected == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(received * 100L).divide(BigDecimal.valueOf(expected), 1,
                RoundingMode.HALF_UP));
    }
}
