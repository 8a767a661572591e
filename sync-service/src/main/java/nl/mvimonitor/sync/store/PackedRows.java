package nl.mvimonitor.sync.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission's rows as the store keeps them, packed into blocks per tab. Made by {@link Submissions#pack} on the
 * thread that validated the file, so the one thread that stores does not also encode every row.
 */
public final class PackedRows {

    private final Map<String, List<RowBlocks.Block>> tabs;

    PackedRows(Map<String, List<RowBlocks.Block>> tabs) {
        this.tabs = new LinkedHashMap<>(tabs);
    }

    Map<String, List<RowBlocks.Block>> tabs() {
        return tabs;
    }
}
