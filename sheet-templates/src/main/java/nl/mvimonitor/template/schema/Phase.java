package nl.mvimonitor.template.schema;

import java.util.Optional;

/** Procurement phase of a project; a later phase requires more fields to be filled. */
public enum Phase {
    VOORBEREIDEN, AANBESTEDEN, UITVOEREN, AFGEROND;

    /** True when this phase is {@code other} or later. */
    public boolean atLeast(Phase other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Phase> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Phase phase : values()) {
            if (phase.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
