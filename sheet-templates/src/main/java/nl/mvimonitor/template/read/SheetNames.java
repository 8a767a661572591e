package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.List;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.SafeName;
import nl.mvimonitor.template.submission.CellRef;

/**
 * Screens the sheet names of a workbook before anything binds, reads or reports them: a name with personal data (a
 * BSN, e-mail address, phone or bank account number) is replaced by a neutral name, numbered when there are more,
 * with a {@link RuleCode#PRIVACY_NAAM} finding. Every finding, stored row and output after this sees only the
 * neutral name; binding by content still finds a renamed template tab.
 */
final class SheetNames {

    /** The sheets with their names as they may be shown, and a finding per name replaced. */
    record Screened(List<SheetPart> sheets, List<Finding> findings) {
    }

    private SheetNames() {
    }

    static Screened screen(List<SheetPart> sheets) {
        List<SheetPart> screened = new ArrayList<>(sheets.size());
        List<Finding> findings = new ArrayList<>();
        for (SheetPart sheet : sheets) {
            SafeName name = SafeName.of(sheet.name(), NameKind.TAB);
            if (name == null || !name.neutralised()) {
                screened.add(sheet);
                continue;
            }
            String neutral = findings.isEmpty() ? name.text() : name.text() + " " + (findings.size() + 1);
            screened.add(new SheetPart(neutral, sheet.state(), sheet.partName()));
            findings.add(new Finding(RuleCode.PRIVACY_NAAM.severity(), RuleCode.PRIVACY_NAAM.name(),
                    new CellRef(neutral, 1, 0), "De naam van dit tabblad bevat mogelijk persoonsgegevens (een BSN,"
                            + " e-mailadres, telefoon- of rekeningnummer) en is daarom niet overgenomen. Geef het"
                            + " tabblad een naam zonder persoonsgegevens."));
        }
        return new Screened(List.copyOf(screened), List.copyOf(findings));
    }
}
