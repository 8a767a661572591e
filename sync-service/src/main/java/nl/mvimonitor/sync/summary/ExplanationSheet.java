package nl.mvimonitor.sync.summary;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/** The Toelichting tab: the KPI catalogue with definitions, the RAG rule and how the figures are counted. */
final class ExplanationSheet {

    static final String NAME = "Toelichting";
    static final List<String> LABELS = List.of("Code", "KPI", "Onderdeel", "Eenheid", "Beter is", "Definitie");
    private static final List<Integer> WIDTHS = List.of(28, 36, 14, 10, 10, 100);
    static final List<String> NOTES = List.of(
            "Statusregel (RAG): de verwachte waarde ligt op de rechte lijn van Basiswaarde (Basisjaar) naar "
                    + "Streefwaarde (Streefjaar), in het peiljaar van de KPI. GROEN: de gerealiseerde waarde haalt "
                    + "de verwachte waarde (bij 'lager is beter': blijft eronder). ORANJE: de achterstand is hoogstens "
                    + "10% van de afstand tussen Basiswaarde en Streefwaarde. ROOD: grotere achterstand. GRIJS: geen "
                    + "doel of geen gegevens.",
            "% van het pad: (gerealiseerd - Basiswaarde) / (Streefwaarde - Basiswaarde) x 100; 100% is het doel gehaald.",
            "Peiljaar: het laatste jaar met gegevens, niet later dan het huidige jaar. Trend: vergelijking met het jaar "
                    + "ervoor (↑ hoger, ↓ lager, → gelijk).",
            "Aanbesteding: een project in de fase Aanbesteden of later. Jaar: het jaar van de gunningsdatum, anders "
                    + "van de start van de looptijd, anders het jaar waarin het projectblad is ontvangen.",
            "Gecontracteerde (geplande) en gerealiseerde effecten staan in aparte kolommen en worden nooit opgeteld. "
                    + "kg wordt omgerekend naar ton.",
            "Aantallen plaatsingen van 1 tot en met 4 worden getoond als <5, zodat niemand herkenbaar is.",
            "Doelen: vul Doel-ID, Thema (code zoals KLI, of leeg voor alle thema's), KPI (code uit deze lijst), "
                    + "Omschrijving, Basiswaarde, Basisjaar, Streefwaarde, Streefjaar en Eigenaar in. Eigen kolommen "
                    + "blijven bewaard; de lichtblauwe kolommen worden bij elke run opnieuw berekend.");

    void write(BoardSheet sheet) {
        sheet.header(0, LABELS, WIDTHS);
        int rowIndex = 1;
        for (Kpi kpi : Kpi.values()) {
            Row row = sheet.row(rowIndex++);
            sheet.text(row, 0, kpi.code());
            sheet.text(row, 1, kpi.nameNl());
            sheet.text(row, 2, kpi.group().labelNl());
            sheet.text(row, 3, kpi.unit());
            sheet.text(row, 4, kpi.higherIsBetter() ? "hoger" : "lager");
            sheet.wrapped(row, 5, kpi.definitionNl(), WIDTHS.get(5));
        }
        rowIndex++;
        for (String note : NOTES) {
            sheet.wrapped(sheet.row(rowIndex++), 5, note, WIDTHS.get(5));
        }
    }
}
