package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.CellRef;

/**
 * Finds the sheet of each tab: by sheet name, then by alias (or English name), then by content for data tabs. Reports
 * renamed and missing tabs, and visible sheets that belong to no tab.
 */
final class TabBinder {

    /** Sheets bound to tab keys (the service tab included, though it is never read), and the tab findings. */
    record Result(Map<String, SheetPart> sheets, List<Finding> findings) {
    }

    private final TemplateSchema schema;
    private final Map<String, TabVocabulary> vocabularies;
    private final Set<String> reserved;
    /** Normalized once per reader, by tab key: the sheet name, and the English name with the aliases. */
    private final Map<String, String> sheetNames = new HashMap<>();
    private final Map<String, Set<String>> aliases = new HashMap<>();

    TabBinder(TemplateSchema schema, Map<String, TabVocabulary> vocabularies) {
        this.schema = schema;
        this.vocabularies = vocabularies;
        this.reserved = Set.of(Labels.normalize(TemplateSchema.META_SHEET), Labels.normalize(TemplateSchema.LISTS_SHEET));
        for (TabSchema tab : schema.tabs()) {
            sheetNames.put(tab.key(), Labels.normalize(tab.sheetName()));
            Set<String> names = new HashSet<>();
            names.add(Labels.normalize(tab.labelEn()));
            tab.aliases().forEach(alias -> names.add(Labels.normalize(alias)));
            aliases.put(tab.key(), names);
        }
    }

    /** @param probe reads the top of a sheet, for binding by content */
    Result bind(List<SheetPart> sheets, Function<SheetPart, HeaderProbe> probe) {
        List<SheetPart> free = new ArrayList<>(sheets);
        free.removeIf(s -> reserved.contains(Labels.normalize(s.name())));
        Map<String, SheetPart> bound = new LinkedHashMap<>();
        Map<String, Finding> renamed = new HashMap<>();
        for (TabSchema tab : schema.tabs()) {
            String name = sheetNames.get(tab.key());
            take(free, s -> Labels.normalize(s.name()).equals(name)).ifPresent(s -> bound.put(tab.key(), s));
        }
        for (TabSchema tab : schema.tabs()) {
            if (!bound.containsKey(tab.key())) {
                Set<String> names = aliases.get(tab.key());
                take(free, s -> names.contains(Labels.normalize(s.name()))).ifPresent(s -> {
                    bound.put(tab.key(), s);
                    renamed.put(tab.key(), renamed(tab, s));
                });
            }
        }
        bindByContent(free, bound, renamed, probe);
        return new Result(bound, findings(bound, renamed, free));
    }

    private void bindByContent(List<SheetPart> free, Map<String, SheetPart> bound, Map<String, Finding> renamed,
                               Function<SheetPart, HeaderProbe> probe) {
        Map<SheetPart, HeaderProbe> probes = new HashMap<>();
        for (TabSchema tab : schema.dataTabs()) {
            if (bound.containsKey(tab.key())) {
                continue;
            }
            TabVocabulary vocabulary = vocabularies.get(tab.key());
            SheetPart best = null;
            int bestScore = 0;
            for (SheetPart sheet : free) {
                int score = sheet.partName() == null ? 0 : probes.computeIfAbsent(sheet, probe).score(vocabulary);
                if (HeaderProbe.isMatch(score, vocabulary) && score > bestScore) {
                    best = sheet;
                    bestScore = score;
                }
            }
            if (best != null) {
                free.remove(best);
                bound.put(tab.key(), best);
                renamed.put(tab.key(), renamed(tab, best));
            }
        }
    }

    private List<Finding> findings(Map<String, SheetPart> bound, Map<String, Finding> renamed, List<SheetPart> free) {
        List<Finding> findings = new ArrayList<>();
        for (TabSchema tab : schema.tabs()) {
            if (renamed.containsKey(tab.key())) {
                findings.add(renamed.get(tab.key()));
            } else if (!bound.containsKey(tab.key()) && tab.isDataTab()) {
                findings.add(missing(tab));
            }
        }
        for (SheetPart sheet : free) {
            if (sheet.visible()) {
                String shown = sheet.shownName();
                findings.add(finding(RuleCode.TABBLAD_EXTRA, RuleCode.TABBLAD_EXTRA.severity(), shown,
                        "Het tabblad '" + shown + "' hoort niet bij het sjabloon en wordt niet gelezen. Zet "
                                + "gegevens die mee moeten tellen in de tabbladen van het sjabloon, of verwijder dit "
                                + "tabblad."));
            }
        }
        return findings;
    }

    private static Finding renamed(TabSchema tab, SheetPart sheet) {
        String shown = sheet.shownName();
        return finding(RuleCode.TABBLAD_HERNOEMD, RuleCode.TABBLAD_HERNOEMD.severity(), shown,
                "Het tabblad '" + shown + "' is herkend als '" + tab.sheetName() + "', maar heeft een andere "
                        + "naam. Geef het tabblad weer de naam '" + tab.sheetName() + "'.");
    }

    /** FOUT when the tab must hold something: an always-required column or a minimum number of rows. */
    private static Finding missing(TabSchema tab) {
        boolean needed = tab.minRows() > 0 || tab.columns().stream().anyMatch(c -> c.required());
        return finding(RuleCode.TABBLAD_ONTBREEKT, needed ? Severity.FOUT : Severity.WAARSCHUWING, tab.sheetName(),
                "Het tabblad '" + tab.sheetName() + "' ontbreekt, dus de gegevens ervan konden niet worden gelezen. "
                        + "Zet het tabblad terug (kopieer het uit een leeg MVI-sjabloon) met de naam '"
                        + tab.sheetName() + "' en vul het opnieuw in.");
    }

    private static Finding finding(RuleCode rule, Severity severity, String sheetName, String message) {
        return new Finding(severity, rule.name(), new CellRef(sheetName, 1, 0), message);
    }

    private static Optional<SheetPart> take(List<SheetPart> free, java.util.function.Predicate<SheetPart> matches) {
        Optional<SheetPart> found = free.stream().filter(matches).findFirst();
        found.ifPresent(free::remove);
        return found;
    }
}
