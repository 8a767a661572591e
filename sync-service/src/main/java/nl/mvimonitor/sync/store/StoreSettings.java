package nl.mvimonitor.sync.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store.
 *
 * @param batchSize rows per JDBC batch when a submission is written
 * @param fetchSize rows fetched per round trip when a tab is streamed to the outputs
 */
@ConfigurationProperties("mvi.store")
public record StoreSettings(@DefaultValue("1000") int batchSize, @DefaultValue("1000") int fetchSize) {

    public StoreSettings {
        if (batchSize < 1 || fetchSize < 1) {
            throw new IllegalArgumentException("mvi.store.batch-size and fetch-size must be 1 or more");
        }
    }

    public static StoreSettings defaults() {
        return new StoreSettings(1000, 1000);
    }
}
