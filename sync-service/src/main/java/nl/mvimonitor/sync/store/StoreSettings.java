package nl.mvimonitor.sync.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import nl.mvimonitor.sync.failure.InvalidSetting;

/**
 * Settings of the store.
 *
 * @param batchSize                 stored blocks (up to 500 sheet rows each) per JDBC batch when a submission is
 *                                  written
 * @param fetchSize                 stored blocks fetched per round trip when rows are read for the outputs
 * @param supersededRowsRetention   how long the rows of a submission are kept once it is no longer current (a newer
 *                                  version of the file came in, or the file vanished); its submission record and
 *                                  findings stay. 0 purges them at the end of the run that superseded it
 */
@ConfigurationProperties("mvi.store")
public record StoreSettings(int batchSize, int fetchSize, Duration supersededRowsRetention) {

    /** A week: time to answer a team's question about the version it just corrected; nothing else reads them. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    @ConstructorBinding
    public StoreSettings(@DefaultValue("50") int batchSize, @DefaultValue("20") int fetchSize,
            @DefaultValue("7d") Duration supersededRowsRetention) {
        if (batchSize < 1) {
            throw new InvalidSetting("mvi.store.batch-size", "het aantal moet 1 of meer zijn");
        }
        if (fetchSize < 1) {
            throw new InvalidSetting("mvi.store.fetch-size", "het aantal moet 1 of meer zijn");
        }
        if (supersededRowsRetention.isNegative()) {
            throw new InvalidSetting("mvi.store.superseded-rows-retention", "de duur moet 0 of meer zijn");
        }
        this.batchSize = batchSize;
        this.fetchSize = fetchSize;
        this.supersededRowsRetention = supersededRowsRetention;
    }

    /** Sizes as given, the default retention. */
    public StoreSettings(int batchSize, int fetchSize) {
        this(batchSize, fetchSize, DEFAULT_RETENTION);
    }

    public static StoreSettings defaults() {
        return new StoreSettings(50, 20);
    }
}
