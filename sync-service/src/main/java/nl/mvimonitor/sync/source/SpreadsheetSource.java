package nl.mvimonitor.sync.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where project teams keep their sheets: a local folder, a SharePoint library, a Google Drive folder.
 * The required capability is small: list, open. Optional capabilities (a change feed, writing back) are separate
 * interfaces an adapter may also implement.
 */
public interface SpreadsheetSource {

    /** Stable id of this source, used in the store and in output file lists. */
    String id();

    /**
     * All workbooks in the source, with fingerprints. Files that are obviously not workbooks for us (temporary
     * Office lock files such as {@code ~$name.xlsx}) are left out; anything else that could be one is listed, so a
     * wrong file gets a clear finding instead of silence. So is an entry that looks like a workbook or a unit folder
     * but must not be read (a link, a named pipe): it comes with {@link SourceFile#notReadable()} set, and the
     * caller gives it a finding without opening it.
     */
    List<SourceFile> list() throws IOException;

    /**
     * Opens the content of a listed, {@linkplain SourceFile#readable() readable} file. The caller closes the stream.
     * Throws an IOException when the entry is no longer a file the source may read (replaced by a link since it was
     * listed, say); never blocks on something that is not a file.
     */
    InputStream open(SourceFile file) throws IOException;
}
