package nl.mvimonitor.sync.run;

import java.util.List;

import nl.mvimonitor.sync.store.Publication;

/**
 * What the output step of a run did.
 *
 * @param written     file names written; empty when the outputs were up to date
 * @param publication the inputs they were written from, or null when nothing was written
 */
record PublishOutcome(List<String> written, Publication publication) {

    PublishOutcome {
        written = List.copyOf(written);
    }

    static PublishOutcome upToDate() {
        return new PublishOutcome(List.of(), null);
    }
}
