package nl.mvimonitor.sync.tempfolder;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service keeps its temporary files.
 *
 * @param dir folder for temporary files of this service only (POI's and ours); each process works in its own
 *            sub-folder and removes what earlier processes left at start, so it must not be shared with other
 *            programs
 */
@ConfigurationProperties("mvi.temp")
public record TempFolderSettings(@DefaultValue("./mvi-data/tmp") Path dir) {
}
