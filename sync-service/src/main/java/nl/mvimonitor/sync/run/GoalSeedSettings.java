package nl.mvimonitor.sync.run;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the board's goals come from before the board workbook exists.
 *
 * @param goalsSeed       CSV with the board's initial goals; read only while there is no board workbook yet
 * @param restartFromSeed when the board workbook the service wrote is gone, start again from the seed instead of
 *                        failing the run (the board's own goals were in that file); meant for one run, on purpose
 */
@ConfigurationProperties("mvi.summary")
public record GoalSeedSettings(@DefaultValue("./mvi-data/bestuursdoelen.csv") Path goalsSeed,
        @DefaultValue("false") boolean restartFromSeed) {
}
