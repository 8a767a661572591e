package nl.mvimonitor.sync.consolidation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * Collects one per-submission tab's compressed rows, submission after submission, into temporary files: one per
 * sheet, continuing on a new sheet "Naam (2)" exactly at the row limit. The workbook is then assembled by copying
 * these files, so its rows are never all in memory. Rows come as a chunk of the submission's fragment or copied from
 * the tab file the last write kept ({@link KeptTabs}); while the tab stays one sheet, where each submission's rows
 * went is recorded, so this file can be kept for the next write in turn.
 */
final class TabSpool implements AutoCloseable {

    private final SubmissionTab tab;
    private final Path folder;
    private final int rowsPerSheet;
    private final List<Part> parts = new ArrayList<>();
    /** Where each submission's rows are in the first part's file, while they can be kept ({@link #keepable}). */
    private final Map<String, KeptTabs.Entry> entries = new HashMap<>();
    /** False when nothing will keep this spool's file: then no entries (and no CRC of each chunk) are made. */
    private final boolean recordEntries;
    private boolean splitDone;
    private OutputStream current;

    TabSpool(SubmissionTab tab, Path folder, int rowsPerSheet, boolean recordEntries) throws IOException {
        this.tab = tab;
        this.folder = folder;
        this.rowsPerSheet = rowsPerSheet;
        this.recordEntries = recordEntries;
        startPart();
    }

    /** Adds a submission's rows; splits them (rendering the two sides again) where a sheet is full. */
    void append(SubmissionSummary submission, Chunk chunk, FragmentRenderer renderer) throws IOException {
        if (fits(chunk.rows())) {
            add(submission, chunk);
        } else {
            split(submission, chunk.rows(), renderer);
        }
    }

    /**
     * Adds a submission's rows as a kept tab file has them, copied by {@code copier}; when those bytes are not as
     * recorded, the rows of {@code fragment} (the submission's own, from the cache or rendered) are added instead.
     */
    void appendKept(SubmissionSummary submission, KeptTabs.Entry kept, KeptTabCopier copier,
            FragmentSupplier fragment, FragmentRenderer renderer) throws IOException {
        if (!fits(kept.rows())) {
            split(submission, kept.rows(), renderer);
            return;
        }
        Part part = parts.get(parts.size() - 1);
        if (!copier.copyTo(kept, current)) {
            append(submission, fragment.get(), renderer);
            return;
        }
        entries.put(submission.contentKey(), kept.at(part.deflatedLength));
        part.add(kept.crc(), kept.rawLength(), kept.deflatedLength(), kept.rows());
    }

    /**
     * True while the tab is one sheet with every submission's rows as one piece: only then can the next write copy
     * them from this spool's file.
     */
    boolean keepable() {
        return recordEntries && parts.size() == 1 && !splitDone;
    }

    /** Where each submission's rows are in the first sheet's file, by content key. */
    Map<String, KeptTabs.Entry> entries() {
        return entries;
    }

    private boolean fits(int rows) {
        return parts.get(parts.size() - 1).rows + rows <= rowsPerSheet;
    }

    private void split(SubmissionSummary submission, int rows, FragmentRenderer renderer) throws IOException {
        splitDone = true;
        int done = 0;
        while (done < rows) {
            int room = rowsPerSheet - parts.get(parts.size() - 1).rows;
            if (room == 0) {
                startPart();
                continue;
            }
            int end = Math.min(rows, done + room);
            add(submission, renderer.renderRange(submission, tab, done, end));
            done = end;
        }
    }

    SubmissionTab tab() {
        return tab;
    }

    /** The sheets of this tab, complete once the last submission is appended and the spool closed. */
    List<Part> parts() {
        return List.copyOf(parts);
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private void add(SubmissionSummary submission, Chunk chunk) throws IOException {
        Part part = parts.get(parts.size() - 1);
        if (recordEntries && parts.size() == 1) {
            CRC32 deflatedCrc = new CRC32();
            deflatedCrc.update(chunk.deflated());
            entries.put(submission.contentKey(), new KeptTabs.Entry(part.deflatedLength, chunk.deflated().length,
                    chunk.rawLength(), chunk.crc(), chunk.rows(), (int) deflatedCrc.getValue()));
        }
        current.write(chunk.deflated());
        part.add(chunk.crc(), chunk.rawLength(), chunk.deflated().length, chunk.rows());
    }

    private void startPart() throws IOException {
        close();
        int number = parts.size() + 1;
        String name = number == 1 ? tab.name() : tab.name() + " (" + number + ")";
        Path file = Files.createTempFile(folder, "tab-", ".part");
        parts.add(new Part(name, file));
        current = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** A submission's own rows of every tab, fetched when kept rows turn out unusable. */
    @FunctionalInterface
    interface FragmentSupplier {
        Chunk get() throws IOException;
    }

    /**
     * One sheet of the tab: its name, its rows and their compressed bytes in a file. The CRC-32 of the rows' XML is
     * combined from the pieces' CRCs as they are appended, so the sheet's zip entry can be written from the
     * compressed bytes alone ({@link WorkbookAssembly}).
     */
    static final class Part {
        private final String sheetName;
        private final Path file;
        private int rows;
        private long rawLength;
        private long deflatedLength;
        private int crc;

        Part(String sheetName, Path file) {
            this.sheetName = sheetName;
            this.file = file;
        }

        String sheetName() {
            return sheetName;
        }

        Path file() {
            return file;
        }

        int rows() {
            return rows;
        }

        /** Length of the rows' XML before compression. */
        long rawLength() {
            return rawLength;
        }

        /** CRC-32 of the rows' XML. */
        int crc() {
            return crc;
        }

        long deflatedLength() {
            return deflatedLength;
        }

        /** Counts a piece whose compressed bytes were just appended to the file. */
        void add(int pieceCrc, long pieceRawLength, long pieceDeflatedLength, int pieceRows) {
            crc = Crc32Combine.combine(crc, pieceCrc, pieceRawLength);
            rawLength += pieceRawLength;
            deflatedLength += pieceDeflatedLength;
            rows += pieceRows;
        }
    }
}
