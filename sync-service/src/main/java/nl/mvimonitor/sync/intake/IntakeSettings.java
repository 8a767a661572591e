package nl.mvimonitor.sync.intake;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.failure.InvalidSetting;

/**
 * Settings of intake.
 *
 * @param threads     files read and validated at the same time; 0 means one per available processor
 * @param maxFileSize larger files are not read but quarantined with a finding
 * @param register    project register CSV ({@code ProjectID;Organisatieonderdeel;Jaar}); missing file: no register
 */
@ConfigurationProperties("mvi.intake")
public record IntakeSettings(
        @DefaultValue("0") int threads,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("./mvi-data/projectregister.csv") Path register) {

    public IntakeSettings {
        if (threads < 0) {
            throw new InvalidSetting("mvi.intake.threads", "het aantal moet 0 (één per processor) of meer zijn");
        }
        if (maxFileSize == null || maxFileSize.toBytes() < 1 || maxFileSize.toBytes() >= Integer.MAX_VALUE) {
            throw new InvalidSetting("mvi.intake.max-file-size", "de grootte moet tussen 1 byte en 2 GB liggen");
        }
    }

    /** The number of worker threads to use. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
