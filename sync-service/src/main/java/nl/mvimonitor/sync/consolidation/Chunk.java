package nl.mvimonitor.sync.consolidation;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A piece of a sheet's XML, compressed on its own as raw deflate data that ends on a byte boundary (a sync flush)
 * without closing the stream. Pieces written one after another form one valid deflate stream, as pigz does; only
 * the last piece of a zip entry is {@linkplain #last finished}. The zip entry's CRC-32 is combined from the pieces'
 * CRCs ({@link Crc32Combine}), so a stored piece is copied into the next workbook without being inflated again.
 *
 * @param rows       spreadsheet rows in the piece
 * @param rawLength  length of the XML before compression
 * @param crc        CRC-32 of the XML
 * @param deflated   the compressed bytes
 */
record Chunk(int rows, long rawLength, int crc, byte[] deflated) {

    /** Fast compression: the consolidated workbook is rewritten often and is mostly repeated markup. */
    static final int LEVEL = Deflater.BEST_SPEED;

    /** A piece that more pieces follow. */
    static Chunk of(int rows, byte[] xml) {
        return compress(rows, xml, false);
    }

    /** The last piece of an entry: it closes the deflate stream. */
    static Chunk last(byte[] xml) {
        return compress(0, xml, true);
    }

    private static Chunk compress(int rows, byte[] xml, boolean finish) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, xml.length / 6));
            byte[] buffer = new byte[64 * 1024];
            if (finish) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                // a sync flush ends on a byte boundary without the final-block bit; repeat while the buffer fills
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
            }
            CRC32 crc = new CRC32();
            crc.update(xml);
            return new Chunk(rows, xml.length, (int) crc.getValue(), out.toByteArray());
        } finally {
            deflater.end();
        }
    }
}
