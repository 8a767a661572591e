package nl.mvimonitor.sync.benchmark;

import nl.mvimonitor.template.finding.RuleCode;

/** A typical mistake a project team makes, planted in some corpus files so the validator has real work to do. */
enum PlantedMistake {
    /** The estimated value typed as Dutch text ("1.850.000,00"). */
    NUMBER_AS_TEXT(RuleCode.GETAL_ALS_TEKST, 0.15),
    /** A goal without its required indicator. */
    MISSING_REQUIRED(RuleCode.VERPLICHT, 0.20),
    /** A goal's unit that is not in the code list. */
    OUT_OF_CODE_LIST(RuleCode.CODELIJST, 0.15),
    /** A goal's target date typed as text. */
    DATE_AS_TEXT(RuleCode.DATUM_ALS_TEKST, 0.15),
    /** The goals' "Peildatum" column header renamed by the team. */
    RENAMED_COLUMN(RuleCode.KOLOM_HERNOEMD, 0.04),
    /** A citizen service number (the fictional, elfproef-valid 123456782) in the remarks: a few files only. */
    BSN_IN_REMARK(RuleCode.PRIVACY_BSN, 0.0);

    private final RuleCode rule;
    private final double prototypeRate;

    PlantedMistake(RuleCode rule, double prototypeRate) {
        this.rule = rule;
        this.prototypeRate = prototypeRate;
    }

    /** The finding the validator reports for this mistake. */
    RuleCode rule() {
        return rule;
    }

    /** Share of prototypes that carry this mistake (the BSN is planted per file instead). */
    double prototypeRate() {
        return prototypeRate;
    }
}
