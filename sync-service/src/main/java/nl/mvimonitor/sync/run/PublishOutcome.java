package nl.mvimonitor.sync.run;

import java.util.List;

import nl.mvimonitor.sync.store.Publication;

/**
 * What the output step of a run did.
 *
 * @param written     file names written; empty when the outputs were up to date
 * @param publication the inputs they were written from, or null when nothing was written
 * @param noteNl      which outputs were written again because they were no longer the files written, and why
 *                    (Dutch, for the run report); null when none was
 */
record PublishOutcome(List<String> written, Publication publication, String noteNl) {

    PublishOutcome {
        written = List.copyOf(written);
    }

    /** Nothing written; {@code noteNl} as for a write, or null. */
    static PublishOutcome upToDate(String noteNl) {
        return new PublishOutcome(List.of(), null, noteNl);
    }
}
