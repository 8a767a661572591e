package nl.mvimonitor.sync.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store.
 *
 * @param batchSize stored blocks (up to 500 sheet rows each) per JDBC batch when a submission is written
 * @param fetchSize stored blocks fetched per round trip when rows are read for the outputs
 */
@ConfigurationProperties("mvi.store")
public record StoreSettings(@DefaultValue("50") int batchSize, @DefaultValue("20") int fetchSize) {

    public StoreSettings {
        if (batchSize < 1 || fetchSize < 1) {
            throw new IllegalArgumentException("mvi.store.batch-size and fetch-size must be 1 or more");
        }
    }

    public static StoreSettings defaults() {
        return new StoreSettings(50, 20);
    }
}
