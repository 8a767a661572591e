package nl.mvimonitor.template.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one XML part in a window that slides along the stream: the parser reads {@link #bytes} between
 * {@link #position} and {@link #limit} and asks for more with {@link #require}. The window grows only for a single
 * token longer than it (a tag with long attribute values), up to {@link #maxWindow}. Reused part after part by one
 * thread.
 */
final class XmlInput {

    private final int initialWindow;
    private final int maxWindow;
    byte[] bytes;
    int position;
    int limit;
    private InputStream in;
    private boolean ended;

    XmlInput(int initialWindow, int maxWindow) {
        this.initialWindow = initialWindow;
        this.maxWindow = maxWindow;
        this.bytes = new byte[initialWindow];
    }

    void start(InputStream stream) {
        this.in = stream;
        this.position = 0;
        this.limit = 0;
        this.ended = false;
        if (bytes.length > initialWindow) {
            // one part's long tag does not keep a large window alive for every part after it
            bytes = new byte[initialWindow];
        }
    }

    /** Forgets the stream, so the reused input keeps nothing of the part alive but the bytes it overwrites next. */
    void finish() {
        this.in = null;
    }

    /**
     * Makes at least {@code count} bytes available from {@link #position}, moving them to the start of the window
     * (positions the caller holds shift by the old position) and reading on. False when the part ends first.
     *
     * @throws XmlSyntaxError when {@code count} exceeds the largest window
     */
    boolean require(int count) throws IOException, XmlSyntaxError {
        if (limit - position >= count) {
            return true;
        }
        if (count > maxWindow) {
            throw new XmlLimitExceeded("a token is longer than " + maxWindow + " bytes", "een tag of verwijzing "
                    + "van meer dan " + InflationBudget.megabytes(maxWindow));
        }
        int kept = limit - position;
        if (count > bytes.length) {
            byte[] larger = new byte[Math.min(maxWindow, Math.max(count, bytes.length * 2))];
            System.arraycopy(bytes, position, larger, 0, kept);
            bytes = larger;
        } else if (position > 0) {
            System.arraycopy(bytes, position, bytes, 0, kept);
        }
        position = 0;
        limit = kept;
        while (limit < count && !ended) {
            int n = in.read(bytes, limit, bytes.length - limit);
            if (n < 0) {
                ended = true;
            } else {
                limit += n;
            }
        }
        return limit >= count;
    }
}
