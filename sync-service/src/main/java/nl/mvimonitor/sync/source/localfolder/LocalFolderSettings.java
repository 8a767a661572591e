package nl.mvimonitor.sync.source.localfolder;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the local folder source.
 *
 * @param enabled whether the folder is a source at all
 * @param id      source id stored with every file (keep it stable: changing it makes every file look new)
 * @param root    folder with one subfolder per organisational unit
 */
@ConfigurationProperties("mvi.source.local")
public record LocalFolderSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("lokaal") String id,
        @DefaultValue("./mvi-data/inbox") Path root) {
}
