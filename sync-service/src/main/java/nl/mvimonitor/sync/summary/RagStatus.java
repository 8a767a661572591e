package nl.mvimonitor.sync.summary;

/** Traffic-light status of a KPI against its goal; see {@link RagRule} for when each applies. */
public enum RagStatus {
    /** On or ahead of the path to the target. */
    GROEN,
    /** Behind the path by at most 10% of the distance from baseline to target. */
    ORANJE,
    /** Further behind. */
    ROOD,
    /** No goal, or no data to compare. */
    GRIJS
}
