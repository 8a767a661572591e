package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.TypedRow;

/** Computes one submission's {@link SubmissionFacts} from its rows in the store. Safe to share between threads. */
final class SubmissionFactsReader {

    private final RowValues values;
    private final RealisationSums realisations;

    SubmissionFactsReader(TemplateSchema schema) {
        this.values = new RowValues(schema);
        this.realisations = new RealisationSums(values);
    }

    SubmissionFacts read(SubmissionQueries data, SubmissionSummary submission) {
        if (submission.status() == SubmissionStatus.QUARANTAINE) {
            return SubmissionFacts.NONE; // quarantined files have no rows
        }
        List<TypedRow> projects = new ArrayList<>(1);
        data.forEachRowOf(submission, "Project", projects::add);
        List<CriterionFact> criteria = new ArrayList<>();
        data.forEachRowOf(submission, "Criteria", row -> criteria.add(criterion(row)));
        List<ClauseFact> clauses = new ArrayList<>();
        data.forEachRowOf(submission, "Borging", row -> clauses.add(clause(row, criteria)));
        Map<SubmissionFacts.ThemeYear, EffectTotals> effects = new LinkedHashMap<>();
        data.forEachRowOf(submission, "Realisatie", row -> realisations.addRealisation(effects, row));
        data.forEachRowOf(submission, "SROI", row -> RealisationSums.addSroi(effects, row));
        // as when all rows were read at once: a later Project row replaces an earlier one
        TypedRow project = projects.isEmpty() ? null : projects.get(projects.size() - 1);
        return new SubmissionFacts(project == null ? null : projectFields(project), criteria, clauses, effects);
    }

    private CriterionFact criterion(TypedRow row) {
        String ambition = values.code(row, "ambitieniveaus", "ambitieniveau");
        int level = ambition != null && ambition.matches("\\d") ? Integer.parseInt(ambition) : 0;
        return new CriterionFact(row.text("criterium_id"), values.code(row, "themas", "thema"), level,
                values.code(row, "instrumenten", "instrument"), row.number("weging_pct"));
    }

    private ClauseFact clause(TypedRow row, List<CriterionFact> criteria) {
        String criterionId = row.text("criterium_id");
        String theme = criteria.stream().filter(c -> Objects.equals(c.id(), criterionId)).findFirst()
                .map(CriterionFact::theme).orElse(null);
        BigDecimal reference = row.number("mki_referentie");
        BigDecimal offered = row.number("mki_aangeboden");
        BigDecimal mkiReduction = reference != null && offered != null ? reference.subtract(offered) : null;
        return new ClauseFact(values.code(row, "borgingstypen", "type"), theme, row.number("sroi_verplichting"),
                mkiReduction);
    }

    private static SubmissionFacts.ProjectFields projectFields(TypedRow project) {
        LocalDate awarded = project.date("gunningsdatum");
        LocalDate started = project.date("looptijd_start");
        Integer year = awarded != null ? Integer.valueOf(awarded.getYear())
                : started != null ? Integer.valueOf(started.getYear()) : null;
        BigDecimal value = project.number("contractwaarde");
        if (value == null) {
            value = project.number("geraamde_waarde");
        }
        return new SubmissionFacts.ProjectFields(year, value, project.text("fase"));
    }
}
