package nl.mvimonitor.template.privacy;

/** A kind of personal data that must never be in a project sheet. */
public enum PersonalDataKind {
    /** Burgerservicenummer: 9 digits passing the elfproef. */
    BSN,
    /** E-mail address. */
    EMAIL,
    /** Dutch or international phone number. */
    PHONE,
    /** Bank account number: an IBAN of any country (mod-97), or an older Dutch account number next to "rekening". */
    IBAN
}
