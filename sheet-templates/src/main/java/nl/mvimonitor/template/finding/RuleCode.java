package nl.mvimonitor.template.finding;

/**
 * The built-in rule codes of the reader and validator. Cross-field rules declared in the schema carry their own codes.
 * Codes are stable: the add-ons, the consolidated workbook and the teams' Controle tab show them.
 */
public enum RuleCode {
    // file level: the reader quarantines the file
    BESTAND_GEEN_XLSX(Severity.FOUT, "Het bestand is geen Excel-werkmap (.xlsx)."),
    BESTAND_MACRO(Severity.FOUT, "Het bestand bevat macro's (.xlsm); sla het op als .xlsx zonder macro's."),
    BESTAND_VERSLEUTELD(Severity.FOUT, "Het bestand is met een wachtwoord versleuteld; sla het op zonder wachtwoord."),
    BESTAND_TE_GROOT(Severity.FOUT, "Het bestand of een tabblad is groter dan toegestaan."),
    BESTAND_ZIPBOM(Severity.FOUT, "Het bestand pakt uit tot een onwaarschijnlijk grote omvang en is niet gelezen."),
    BESTAND_XML_ENTITEIT(Severity.FOUT, "Het bestand bevat XML-constructies (DOCTYPE/entiteiten) die niet zijn toegestaan."),
    BESTAND_BESCHADIGD(Severity.FOUT, "Het bestand is beschadigd of onleesbaar."),
    BESTAND_PAD_BUITEN_MAP(Severity.FOUT, "Het bestand bevat een onderdeel met een pad buiten de werkmap en is niet gelezen."),
    // file level, from the source: listed, never opened
    BESTAND_GEEN_GEWOON_BESTAND(Severity.FOUT, "Het item in de bronmap is geen gewoon bestand (maar een snelkoppeling,"
            + " een snelkoppeling naar een map, of een named pipe of apparaat) en is niet gelezen."),
    BESTAND_PAD_TE_LANG(Severity.WAARSCHUWING, "Het pad van het bestand is langer dan de opslag toestaat; het is"
            + " ingekort getoond."),
    // template
    SJABLOON_ONBEKEND(Severity.WAARSCHUWING, "Het bestand is niet gemaakt met het MVI-sjabloon of de sjabloongegevens ontbreken."),
    SJABLOON_VERSIE(Severity.WAARSCHUWING, "Het bestand is gemaakt met een andere versie van het sjabloon."),
    PROJECT_ID_AFWIJKEND(Severity.WAARSCHUWING, "De ProjectID in het blad wijkt af van de ProjectID waarvoor het bestand is gemaakt."),
    // drift
    TABBLAD_ONTBREEKT(Severity.FOUT, "Een tabblad van het sjabloon ontbreekt."),
    TABBLAD_HERNOEMD(Severity.WAARSCHUWING, "Een tabblad is hernoemd."),
    TABBLADNAAM_ONGELDIG(Severity.WAARSCHUWING, "Een tabblad heeft een naam die Excel niet toestaat; die is ingekort of aangepast getoond."),
    TABBLAD_EXTRA(Severity.WAARSCHUWING, "Er is een tabblad toegevoegd dat niet in het sjabloon staat; het wordt niet gelezen."),
    KOLOM_ONTBREEKT(Severity.FOUT, "Een kolom van het sjabloon ontbreekt."),
    KOLOM_HERNOEMD(Severity.WAARSCHUWING, "Een kolomkop is gewijzigd."),
    KOLOM_VERPLAATST(Severity.WAARSCHUWING, "Een kolom staat op een andere plaats dan in het sjabloon."),
    KOLOM_EXTRA(Severity.WAARSCHUWING, "Er is een kolom toegevoegd die niet in het sjabloon staat; die wordt niet gelezen."),
    TE_VEEL_RIJEN(Severity.FOUT, "Het tabblad heeft meer rijen dan toegestaan."),
    // cells
    VERPLICHT(Severity.FOUT, "Een verplicht veld is leeg."),
    RIJEN_VERPLICHT(Severity.FOUT, "Een tabblad heeft in deze fase minstens een rij nodig."),
    TYPE_GETAL(Severity.FOUT, "Er staat geen getal waar een getal hoort."),
    GETAL_ALS_TEKST(Severity.WAARSCHUWING, "Een getal is als tekst ingevoerd."),
    TYPE_DATUM(Severity.FOUT, "Er staat geen datum waar een datum hoort."),
    DATUM_ALS_TEKST(Severity.WAARSCHUWING, "Een datum is als tekst ingevoerd."),
    TYPE_PERIODE(Severity.FOUT, "Een periode moet de vorm JJJJ of JJJJ-Kn hebben."),
    FORMULEFOUT(Severity.FOUT, "Een cel bevat een formulefout."),
    CODELIJST(Severity.FOUT, "Een waarde komt niet voor in de keuzelijst."),
    BEREIK(Severity.FOUT, "Een getal ligt buiten het toegestane bereik."),
    PATROON(Severity.FOUT, "Een waarde heeft niet de voorgeschreven vorm."),
    DATUM_ZONDER_OPMAAK(Severity.WAARSCHUWING, "Een getal zonder datumopmaak is als datum gelezen."),
    PERIODE_SCHRIJFWIJZE(Severity.WAARSCHUWING, "Een periode in een andere schrijfwijze is omgezet naar JJJJ of JJJJ-Qn."),
    // data quality
    EENHEID_GEMENGD(Severity.WAARSCHUWING, "Dezelfde indicator wordt in verschillende eenheden gerapporteerd."),
    REALISATIE_TE_VROEG(Severity.WAARSCHUWING, "Er staan realisatiecijfers in een project dat nog niet in uitvoering is."),
    // across files: given by the service, which sees all current files (a single file never has it)
    DUBBEL_PROJECT(Severity.WAARSCHUWING, "Een ander bestand heeft dezelfde ProjectID; alleen een van beide telt mee."),
    // privacy
    PRIVACY_BSN(Severity.FOUT, "Een cel lijkt een burgerservicenummer (BSN) te bevatten."),
    PRIVACY_EMAIL(Severity.FOUT, "Een cel bevat een e-mailadres."),
    PRIVACY_TELEFOON(Severity.FOUT, "Een cel bevat een telefoonnummer."),
    PRIVACY_IBAN(Severity.FOUT, "Een cel bevat een bankrekeningnummer (IBAN)."),
    PRIVACY_NAAM(Severity.FOUT, "De naam van een bestand, map of tabblad bevat mogelijk persoonsgegevens.");

    private final Severity severity;
    private final String descriptionNl;

    RuleCode(Severity severity, String descriptionNl) {
        this.severity = severity;
        this.descriptionNl = descriptionNl;
    }

    public Severity severity() {
        return severity;
    }

    public String descriptionNl() {
        return descriptionNl;
    }
}
