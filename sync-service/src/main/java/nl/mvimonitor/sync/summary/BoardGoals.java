package nl.mvimonitor.sync.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the board's goals, from the goals tab of an earlier board workbook or from a seed file.
 *
 * <h2>Goals tab of the board workbook ({@code MVI-bestuursrapportage.xlsx})</h2>
 * The report writes the goals in a tab named {@value GoalsTab#DEFAULT_NAME} and marks that tab with a workbook-level
 * defined name, {@code MVI_Doelen}, referring to the tab's header row. The board may rename the tab (in Excel or
 * Google Sheets the name follows it), move it, or change its case: the marked tab is the goals tab, and the next
 * report keeps the board's name for it (unless that name is one of the report's other tabs). Only the marked tab is
 * read; a workbook written before the marker existed is read from the tab named {@value GoalsTab#DEFAULT_NAME} (any
 * case). No other tab is ever taken for the goals: when the marker points at a deleted tab ({@code #REF!}) or at no
 * tab, when there is neither marker nor Doelen tab, or when the goals tab has no header row,
 * {@link #readGoalsTab} throws {@link GoalsTabNotFound}, so the run stops before the goals could be lost.
 *
 * <p>The header row is the first of the top 20 rows (counted from the marked row) that names the KPI column and at
 * least one other standard column. Standard columns, in any order and found by label or alias (see
 * {@link GoalColumn}):
 * {@code Doel-ID | Thema | KPI | Omschrijving | Basiswaarde | Basisjaar | Streefwaarde | Streefjaar | Eigenaar}.
 * Thema is a theme code ({@code KLI}), "code - label", label, or empty for all themes; KPI is a code of {@link Kpi}.
 * Any other column with a header is the board's own and is kept with its header; a column without a header is kept
 * as "(kolom X)". The computed columns ({@link GoalColumn#COMPUTED_LABELS}) are skipped. Every row with at least
 * one filled cell is a goal. Cells are kept as typed (text, number with its format, yes/no, date). A formula is
 * kept as a formula and written back as one (Excel recalculates it on opening); it is never evaluated here: the
 * goals are judged by its last computed value. The report writes the table in its own layout (header in row 1, one
 * goal per row, standard columns first), so a reference to a cell of the table moves with that cell, as in Excel
 * (see {@link FormulaMove}); a formula that refers to a cell, tab, file or name the report does not write is written
 * back as its last value. The file is untrusted: at most {@value #MAX_WORKBOOK_BYTES} bytes and
 * {@value #MAX_GOALS} goals, with POI's zip-bomb guard on.
 *
 * <h2>Seed file ({@code seed/bestuursdoelen.csv})</h2>
 * UTF-8 (a byte-order mark is allowed), fields separated by {@code ;}, fields with {@code ;}, quotes or line breaks
 * in double quotes (a quote inside doubled). The first non-empty line is the header, with the same Dutch labels as
 * the Doelen tab; extra columns are kept. A value of digits with an optional decimal comma ({@code 72},
 * {@code 12,5}) becomes a number, anything else stays text. Example:
 * <pre>
 * Doel-ID;Thema;KPI;Omschrijving;Basiswaarde;Basisjaar;Streefwaarde;Streefjaar;Eigenaar
 * BD-01;;MVI_AANDEEL;Alle relevante aanbestedingen met MVI;72;2023;100;2030;Directeur Bedrijfsvoering
 * </pre>
 */
public final class BoardGoals {

    public static final long MAX_WORKBOOK_BYTES = 20L * 1024 * 1024;
    public static final long MAX_SEED_BYTES = 1024L * 1024;
    public static final int MAX_GOALS = 1000;
    /** Classpath location of the example seed shipped with the service. */
    public static final String DEFAULT_SEED = "seed/bestuursdoelen.csv";

    private BoardGoals() {
    }

    /**
     * The goals tab of an earlier board workbook: its name and its goals. A {@link GoalsTabNotFound} when the
     * workbook has no goals tab, another IOException when it is unreadable.
     */
    public static GoalsTab readGoalsTab(InputStream in) throws IOException {
        return readGoalsTab(in, false);
    }

    /**
     * As {@link #readGoalsTab(InputStream)}; with {@code markerRequired} (a workbook the service wrote, so with the
     * marker) a workbook without the marker has no goals tab, whatever its tabs are named.
     */
    public static GoalsTab readGoalsTab(InputStream in, boolean markerRequired) throws IOException {
        return GoalSheetReader.read(readAtMost(in, MAX_WORKBOOK_BYTES), markerRequired);
    }

    /** The goals of {@link #readGoalsTab}, without the tab's name. */
    public static List<BoardGoal> readFromBoardWorkbook(InputStream in) throws IOException {
        return readGoalsTab(in).goals();
    }

    /** The goals in a {@code ;}-separated UTF-8 seed file. */
    public static List<BoardGoal> readSeed(InputStream csv) throws IOException {
        return GoalCsvReader.read(readAtMost(csv, MAX_SEED_BYTES));
    }

    /** The example goals of a water board shipped as {@value #DEFAULT_SEED}. */
    public static List<BoardGoal> readDefaultSeed() throws IOException {
        try (InputStream in = BoardGoals.class.getClassLoader().getResourceAsStream(DEFAULT_SEED)) {
            if (in == null) {
                throw new IOException("seed " + DEFAULT_SEED + " is missing from the classpath");
            }
            return readSeed(in);
        }
    }

    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new IOException("goals file is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static void checkCount(int goals) throws IOException {
        if (goals > MAX_GOALS) {
            throw new IOException("more than " + MAX_GOALS + " goals");
        }
    }
}
