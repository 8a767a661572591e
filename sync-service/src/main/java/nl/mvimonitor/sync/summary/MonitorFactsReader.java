package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mvimonitor.sync.consolidation.Coverage;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.TypedRow;

/**
 * Reads the facts of the board report from the store. Project, Criteria and Borging rows are small and kept per
 * submission; Realisatie and SROI rows are streamed into sums per unit, theme and year.
 */
final class MonitorFactsReader {

    private final RowValues values;
    private final RealisationSums realisations;

    MonitorFactsReader(TemplateSchema schema) {
        this.values = new RowValues(schema);
        this.realisations = new RealisationSums(values);
    }

    MonitorFacts read(SubmissionQueries data) {
        List<SubmissionSummary> submissions = data.currentSubmissions();
        Map<Long, TypedRow> projects = new HashMap<>();
        data.forEachRow("Project", (s, row) -> projects.put(s.submissionId(), row));
        Map<Long, List<CriterionFact>> criteria = new HashMap<>();
        data.forEachRow("Criteria", (s, row) ->
                criteria.computeIfAbsent(s.submissionId(), k -> new ArrayList<>()).add(criterion(row)));
        Map<Long, List<ClauseFact>> clauses = new HashMap<>();
        data.forEachRow("Borging", (s, row) -> clauses.computeIfAbsent(s.submissionId(), k -> new ArrayList<>())
                .add(clause(row, criteria.getOrDefault(s.submissionId(), List.of()))));
        List<TenderFact> tenders = tenders(submissions, projects, criteria, clauses);
        Map<MonitorFacts.EffectKey, EffectTotals> effects = realisations.read(data);
        return new MonitorFacts(tenders, effects, Coverage.of(submissions, data.expectedProjects()), submissions);
    }

    /** Submissions in phase AANBESTEDEN or later that were not quarantined. */
    private List<TenderFact> tenders(List<SubmissionSummary> submissions, Map<Long, TypedRow> projects,
                                     Map<Long, List<CriterionFact>> criteria, Map<Long, List<ClauseFact>> clauses) {
        List<TenderFact> tenders = new ArrayList<>();
        for (SubmissionSummary submission : submissions) {
            long id = submission.submissionId();
            Phase phase = phaseOf(submission, projects.get(id));
            if (submission.status() != SubmissionStatus.QUARANTAINE && phase != null
                    && phase.atLeast(Phase.AANBESTEDEN)) {
                tenders.add(tender(submission, phase, projects.get(id), criteria.getOrDefault(id, List.of()),
                        clauses.getOrDefault(id, List.of())));
            }
        }
        return tenders;
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

    private TenderFact tender(SubmissionSummary submission, Phase phase, TypedRow project,
                              List<CriterionFact> criteria, List<ClauseFact> clauses) {
        LocalDate awarded = project == null ? null : project.date("gunningsdatum");
        LocalDate started = project == null ? null : project.date("looptijd_start");
        int year;
        if (awarded != null) {
            year = awarded.getYear();
        } else if (started != null) {
            year = started.getYear();
        } else {
            year = Coverage.yearReceived(submission);
        }
        BigDecimal value = project == null ? null : project.number("contractwaarde");
        if (value == null && project != null) {
            value = project.number("geraamde_waarde");
        }
        return new TenderFact(submission.projectId(), Coverage.unitOf(submission), year, phase, value,
                criteria, clauses);
    }

    private static Phase phaseOf(SubmissionSummary submission, TypedRow project) {
        if (submission.phase() != null) {
            return submission.phase();
        }
        return project == null ? null : Phase.fromCode(project.text("fase")).orElse(null);
    }
}
