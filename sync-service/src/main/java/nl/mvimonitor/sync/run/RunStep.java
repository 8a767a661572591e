package nl.mvimonitor.sync.run;

import nl.mvimonitor.sync.failure.PlaceKind;
import nl.mvimonitor.sync.failure.ServicePlaces;

/** The steps of a run, for a failed run's Dutch message: what failed, and what it means for the outputs. */
enum RunStep {
    START {
        @Override
        String failedNl(ServicePlaces places) {
            return "De run kon niet beginnen";
        }
    },
    SOURCES {
        @Override
        String failedNl(ServicePlaces places) {
            return "Het lezen van de bronnen (" + places.describe(PlaceKind.INBOX) + ") is mislukt";
        }
    },
    INTAKE {
        @Override
        String failedNl(ServicePlaces places) {
            return "Het verwerken en opslaan van de bestanden is mislukt";
        }
    },
    OUTPUTS {
        @Override
        String failedNl(ServicePlaces places) {
            return "Het schrijven van de uitvoer naar " + places.describe(PlaceKind.OUTPUT) + " is mislukt";
        }
    };

    /** E.g. "Het schrijven van de uitvoer naar de uitvoermap /srv/mvi/out is mislukt". */
    abstract String failedNl(ServicePlaces places);

    /** What stays as it was; the same for every step, as outputs are only replaced once all are written. */
    String afterwardsNl() {
        return "De vorige uitvoer is ongewijzigd; de volgende run probeert het opnieuw.";
    }
}
