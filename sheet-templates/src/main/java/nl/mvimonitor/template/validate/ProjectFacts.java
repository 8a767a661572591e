package nl.mvimonitor.template.validate;

import java.util.Optional;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.workbook.TemplateLayout;

/** The project-level facts the rules depend on: the phase and the ProjectID, from the Project tab. */
final class ProjectFacts {

    static final String PROJECT_TAB = "Project";
    static final String PHASE = TemplateLayout.PHASE_FIELD_KEY;
    static final String PROJECT_ID = "project_id";

    private ProjectFacts() {
    }

    /**
     * The phase in the Project tab's Fase field, read before the tab is checked because it decides what is required
     * there. Empty when the field is empty or unknown (a CODELIJST finding follows from the normal check).
     */
    static Optional<Phase> phaseOf(Submission submission, TemplateSchema schema) {
        Optional<CodeList> phases = phaseList(schema);
        return submission.tab(PROJECT_TAB)
                .flatMap(tab -> tab.single().cell(PHASE))
                .filter(cell -> cell.kind() == RawCell.Kind.TEXT)
                .flatMap(cell -> phases.flatMap(list -> list.find(cell.text())))
                .flatMap(entry -> Phase.fromCode(entry.code()));
    }

    /** The Dutch name of a phase from the code list ("Aanbesteden"), or its code. */
    static String phaseLabel(Phase phase, TemplateSchema schema) {
        return phaseList(schema)
                .flatMap(list -> list.find(phase.name()))
                .map(CodeList.Entry::labelNl)
                .orElse(phase.name());
    }

    private static Optional<CodeList> phaseList(TemplateSchema schema) {
        return schema.tab(PROJECT_TAB)
                .flatMap(tab -> tab.column(PHASE))
                .map(ColumnSchema::codeList)
                .map(schema::codeList);
    }
}
