package nl.mvimonitor.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.mvimonitor.sync.failure.PlaceKind;
import nl.mvimonitor.sync.failure.ServicePlaces;

class ConfiguredPlacesTest {

    @Test
    void theDefaultsOfTheSettingsRecordsNameTheFolders() {
        ServicePlaces places = ConfiguredPlaces.from(new MockEnvironment());

        assertThat(places.describe(PlaceKind.INBOX)).isEqualTo("de inbox " + absolute("./mvi-data/inbox"));
        assertThat(places.describe(PlaceKind.OUTPUT)).isEqualTo("de uitvoermap " + absolute("./mvi-data/out"));
        assertThat(places.describe(PlaceKind.TEMP)).isEqualTo("de tijdelijke map " + absolute("./mvi-data/tmp"));
    }

    @Test
    void aSettingThatDoesNotBindLeavesOnlyItsOwnPlaceOut() {
        ServicePlaces places = ConfiguredPlaces.from(new MockEnvironment()
                .withProperty("mvi.intake.threads", "veel")
                .withProperty("mvi.publish.output-dir", "/srv/mvi/out"));

        assertThat(places.find(PlaceKind.REGISTER)).isEmpty();
        assertThat(places.describe(PlaceKind.OUTPUT)).isEqualTo("de uitvoermap /srv/mvi/out");
    }

    @Test
    void aServerDatabaseIsNamedByItsHostAndPortWithoutUserPasswordOrOptions() {
        assertThat(ConfiguredPlaces.databaseServer("jdbc:postgresql://db.example:5432/mvi?password=geheim"))
                .contains("db.example:5432");
        assertThat(ConfiguredPlaces.databaseServer("jdbc:mysql://mvi:geheim@db.example/mvi")).contains("db.example");
        assertThat(ConfiguredPlaces.databaseServer("jdbc:h2:tcp://localhost:9092;PASSWORD=geheim"))
                .contains("localhost:9092");
        assertThat(ConfiguredPlaces.databaseServer("jdbc:h2:file:./mvi-data/db/mvi")).isEmpty();
        assertThat(ConfiguredPlaces.databaseServer(null)).isEmpty();
    }

    @Test
    void theFolderOfAnH2FileDatabaseButNotOfAServerOrMemoryDatabase() {
        assertThat(ConfiguredPlaces.databaseFolder("jdbc:h2:file:./mvi-data/db/mvi;DB_CLOSE_ON_EXIT=FALSE"))
                .contains(absolute("./mvi-data/db"));
        assertThat(ConfiguredPlaces.databaseFolder("jdbc:h2:/srv/mvi/db/mvi")).contains(Path.of("/srv/mvi/db"));
        assertThat(ConfiguredPlaces.databaseFolder("jdbc:h2:mem:test")).isEmpty();
        assertThat(ConfiguredPlaces.databaseFolder("jdbc:h2:tcp://db/mvi")).isEmpty();
        assertThat(ConfiguredPlaces.databaseFolder("jdbc:postgresql://db:5432/mvi")).isEmpty();
        assertThat(ConfiguredPlaces.databaseFolder(null)).isEmpty();
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }
}
