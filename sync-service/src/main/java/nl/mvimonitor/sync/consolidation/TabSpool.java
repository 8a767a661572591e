package nl.mvimonitor.sync.consolidation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * Collects one per-submission tab's compressed rows, submission after submission, into temporary files: one per
 * sheet, continuing on a new sheet "Naam (2)" exactly at the row limit. The workbook is then assembled by copying
 * these files, so its rows are never all in memory.
 */
final class TabSpool implements AutoCloseable {

    private final SubmissionTab tab;
    private final Path folder;
    private final int rowsPerSheet;
    private final List<Part> parts = new ArrayList<>();
    private OutputStream current;

    TabSpool(SubmissionTab tab, Path folder, int rowsPerSheet) throws IOException {
        this.tab = tab;
        this.folder = folder;
        this.rowsPerSheet = rowsPerSheet;
        startPart();
    }

    /** Adds a submission's rows; splits them (rendering the two sides again) where a sheet is full. */
    void append(SubmissionSummary submission, Chunk chunk, FragmentRenderer renderer) throws IOException {
        Part part = parts.get(parts.size() - 1);
        if (part.rows + chunk.rows() <= rowsPerSheet) {
            add(chunk);
            return;
        }
        int done = 0;
        while (done < chunk.rows()) {
            int room = rowsPerSheet - parts.get(parts.size() - 1).rows;
            if (room == 0) {
                startPart();
                continue;
            }
            int end = Math.min(chunk.rows(), done + room);
            add(renderer.renderRange(submission, tab, done, end));
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

    private void add(Chunk chunk) throws IOException {
        Part part = parts.get(parts.size() - 1);
        current.write(chunk.deflated());
        part.crc = Crc32Combine.combine(part.crc, chunk.crc(), chunk.rawLength());
        part.rawLength += chunk.rawLength();
        part.deflatedLength += chunk.deflated().length;
        part.rows += chunk.rows();
    }

    private void startPart() throws IOException {
        close();
        int number = parts.size() + 1;
        String name = number == 1 ? tab.name() : tab.name() + " (" + number + ")";
        Path file = Files.createTempFile(folder, "tab-", ".part");
        parts.add(new Part(name, file));
        current = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** One sheet of the tab: its name, its rows and their compressed bytes in a file. */
    static final class Part implements ZipWriter.Piece {
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

        int rows() {
            return rows;
        }

        @Override
        public long rawLength() {
            return rawLength;
        }

        @Override
        public int crc() {
            return crc;
        }

        @Override
        public long deflatedLength() {
            return deflatedLength;
        }

        @Override
        public void copyTo(OutputStream out) throws IOException {
            Files.copy(file, out);
        }
    }
}
