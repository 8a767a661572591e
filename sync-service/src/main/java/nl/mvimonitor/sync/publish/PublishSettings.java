package nl.mvimonitor.sync.publish;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where outputs go.
 *
 * @param outputDir         folder for the output workbooks
 * @param consolidatedFile  file name of the MVI team's workbook
 * @param boardFile         file name of the board's workbook (its goals are read back on the next run)
 * @param cacheDir          folder where outputs keep what they computed per submission, so a run only computes
 *                          what changed; safe to delete (the next run computes it again)
 */
@ConfigurationProperties("mvi.publish")
public record PublishSettings(
        @DefaultValue("./mvi-data/out") Path outputDir,
        @DefaultValue("MVI-overzicht.xlsx") String consolidatedFile,
        @DefaultValue("MVI-bestuursrapportage.xlsx") String boardFile,
        @DefaultValue("./mvi-data/cache") Path cacheDir) {

    public Path consolidatedPath() {
        return outputDir.resolve(consolidatedFile);
    }

    public Path boardPath() {
        return outputDir.resolve(boardFile);
    }
}
