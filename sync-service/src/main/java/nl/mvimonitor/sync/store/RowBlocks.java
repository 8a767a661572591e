package nl.mvimonitor.sync.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import nl.mvimonitor.template.validate.TypedRow;

/**
 * Consecutive rows of one tab of one submission packed into one stored block: a line {@code #<sheet row>} before
 * each row's {@link RowCodec} lines. A value line never starts with {@code #} (it starts with a column key, and
 * values escape line breaks), so the row boundaries are unambiguous. One database row per block instead of per
 * sheet row makes storing and reading a submission a few statements instead of hundreds.
 */
final class RowBlocks {

    /** At most this many sheet rows per block. */
    static final int MAX_ROWS = 500;
    /** A block closes before it passes this many characters; the column holds a million. */
    static final int MAX_CHARS = 500_000;

    private final RowCodec codec;

    RowBlocks(RowCodec codec) {
        this.codec = codec;
    }

    RowCodec codec() {
        return codec;
    }

    /** A block: its rows and the text stored for them. */
    record Block(int rowCount, String payload) {
    }

    /** Packs the rows in sheet-row order (stable: rows with the same number keep their order). */
    List<Block> pack(String tabKey, List<TypedRow> rows) {
        List<TypedRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(TypedRow::rowNumber));
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (TypedRow row : ordered) {
            String encoded = codec.encode(tabKey, row);
            if (count > 0 && (count == MAX_ROWS || text.length() + encoded.length() + 12 > MAX_CHARS)) {
                blocks.add(new Block(count, text.toString()));
                text.setLength(0);
                count = 0;
            }
            if (count > 0) {
                text.append('\n');
            }
            text.append('#').append(row.rowNumber());
            if (!encoded.isEmpty()) {
                text.append('\n').append(encoded);
            }
            count++;
        }
        if (count > 0) {
            blocks.add(new Block(count, text.toString()));
        }
        return blocks;
    }

    void unpack(String tabKey, String payload, Consumer<TypedRow> visitor) {
        int start = 0;
        while (start < payload.length()) {
            if (payload.charAt(start) != '#') {
                throw new IllegalStateException("stored rows of " + tabKey + " are damaged");
            }
            int next = payload.indexOf("\n#", start);
            int end = next < 0 ? payload.length() : next;
            int headerEnd = payload.indexOf('\n', start);
            if (headerEnd < 0 || headerEnd > end) {
                headerEnd = end;
            }
            int rowNumber = Integer.parseInt(payload, start + 1, headerEnd, 10);
            String values = headerEnd < end ? payload.substring(headerEnd + 1, end) : "";
            visitor.accept(codec.decode(tabKey, rowNumber, values));
            start = next < 0 ? payload.length() : next + 1;
        }
    }
}
