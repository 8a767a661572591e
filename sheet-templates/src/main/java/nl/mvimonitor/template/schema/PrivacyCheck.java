package nl.mvimonitor.template.schema;

/** How strictly a column is searched for personal data (BSN, e-mail, phone). */
public enum PrivacyCheck {
    /** Free text: any 9-digit token passing the elfproef, any e-mail or phone number is flagged. */
    FREE_TEXT,
    /** A single value: flagged when the whole value is a BSN, e-mail or phone number. */
    VALUE,
    /** Column holds organisation numbers or amounts (KvK, RSIN, TenderNed, euro): not searched for BSNs. */
    NONE
}
