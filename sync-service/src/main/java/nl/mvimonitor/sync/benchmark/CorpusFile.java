package nl.mvimonitor.sync.benchmark;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One file of the corpus: who it belongs to and which prototype it is made from. Depends only on (seed, index), so
 * a smaller corpus is the start of a larger one.
 *
 * @param index       position in the corpus, from 0
 * @param unit        organisational unit, also the subfolder
 * @param projectId   ProjectID, also the file name
 * @param projectName project name
 * @param year        project year (from the prototype), as the register lists it
 * @param prototype   prototype number
 * @param remark      text of the remarks field; holds the fictional BSN in a few files
 */
record CorpusFile(int index, String unit, String projectId, String projectName, int year, int prototype,
        String remark) {

    /** One file in this many carries the fictional BSN (at most a few per corpus). */
    static final int BSN_EVERY = 1000;
    static final String PLANTED_BSN = "123456782";

    static final List<String> UNITS = List.of("Ruimte en Wonen", "Openbare Ruimte", "Sociaal Domein",
            "Bedrijfsvoering", "Vastgoed", "Informatievoorziening", "Mobiliteit", "Afval en Energie");
    private static final List<String> PLACES = List.of("Veenstad-Noord", "Oosterweide", "Molenwijk", "De Hoven",
            "Lekzijde", "Kampen-Zuid", "Westerbroek", "Polder Oost", "Haven", "Dijkhuizen", "Middelsloot", "Het Zand");
    private static final List<String> SUFFIXES = List.of("", " fase 2", " 2026-2029", " (perceel 1)", " en omgeving");
    private static final List<String> REMARKS = List.of(
            "Behoeftestelling loopt; ambities worden met de markt besproken.",
            "Rapportage van de leverancier komt per kwartaal binnen.",
            "Afspraken over hergebruik van materiaal staan in het contract.",
            "Geen bijzonderheden.");

    CorpusFile {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(remark, "remark");
    }

    static CorpusFile plan(long seed, int index, int prototypes) {
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        int prototype = random.nextInt(prototypes);
        PrototypeSpec spec = PrototypeSpec.generate(seed, prototype);
        String unit = UNITS.get(random.nextInt(UNITS.size()));
        String name = spec.purchase().activity() + " " + PLACES.get(random.nextInt(PLACES.size()))
                + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
        String remark = index % BSN_EVERY == BSN_EVERY / 2 - 1
                ? "Aanspreekpunt bij de leverancier voor de SROI-kandidaat, BSN " + PLANTED_BSN + "."
                : REMARKS.get(random.nextInt(REMARKS.size()));
        String projectId = String.format("P-%d-%05d", spec.year(), index + 1);
        return new CorpusFile(index, unit, projectId, name, spec.year(), prototype, remark);
    }

    /** The same file made from another prototype, as a team that reworked its sheet: same path and ProjectID. */
    CorpusFile reworked(int prototypes) {
        return new CorpusFile(index, unit, projectId, projectName, year, (prototype + 1 + index % 7) % prototypes,
                remark);
    }

    boolean hasPlantedBsn() {
        return remark.contains(PLANTED_BSN);
    }

    String relativePath() {
        return unit + "/" + projectId + ".xlsx";
    }
}
