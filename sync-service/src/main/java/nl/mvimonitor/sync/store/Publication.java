package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The inputs the published outputs were last written from.
 *
 * @param signature value over everything the outputs depend on (current submissions, goals, register, template)
 * @param asOf      when those inputs last changed: the writers' clock, so rewriting gives the same cell values
 */
public record Publication(String signature, Instant asOf) {

    public Publication {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(asOf, "asOf");
    }
}
