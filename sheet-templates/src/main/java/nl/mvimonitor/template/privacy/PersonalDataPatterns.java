package nl.mvimonitor.template.privacy;

import java.util.regex.Pattern;

/**
 * The regular expressions behind {@link PersonalDataDetector}, kept in one place and in a syntax that JavaScript
 * understands as well (lookbehind, backreferences, no possessive quantifiers), so the add-ons can copy them. Every
 * repeated group has an upper bound, so no cell, however long, can overflow the stack.
 */
final class PersonalDataPatterns {

    /** Not glued to a preceding number: no digit, and no digit followed by {@code . , / -} just before. */
    private static final String START = "(?<!\\d)(?<!\\d[.,/-])";
    /** Not glued to a following number. */
    private static final String END = "(?!\\d)(?![.,/-]\\d)";

    /**
     * The ways people write a BSN: {@code 123456782}, {@code 123 456 782}, {@code 1234.56.782},
     * {@code 12.34.56.782}, with one separator (space, dot or hyphen) used consistently. A CPV code
     * (8 digits, hyphen, 1 digit), a date or a phone number never has one of these groupings.
     */
    static final String BSN_FORMS = "(?:\\d{9}"
            + "|\\d{3}([ .-])\\d{3}\\1\\d{3}"
            + "|\\d{4}([ .-])\\d{2}\\2\\d{3}"
            + "|\\d{2}([ .-])\\d{2}\\3\\d{2}\\3\\d{3})";

    /** A BSN-shaped token anywhere in free text. */
    static final Pattern BSN_TOKEN = Pattern.compile(START + BSN_FORMS + END);

    /** A whole value that is BSN-shaped. */
    static final Pattern BSN_WHOLE = Pattern.compile(BSN_FORMS);

    /** Currency just before or after a number: then it is an amount, not a BSN. */
    static final Pattern CURRENCY_BEFORE = Pattern.compile("(?i)(?:€|\\beur|\\beuro)\\s*$");
    static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)^\\s*(?:€|eur\\b|euro\\b)");

    /**
     * An e-mail address, also written with (at) or [at]. Parts are bounded as in RFC 5321 (local part 64, labels 63):
     * that keeps the search linear on a long cell without spaces, and an unbounded repeated group would recurse per
     * repetition in Java's regex engine and overflow the stack.
     */
    static final Pattern EMAIL_MARK = Pattern.compile("(?i)@|[(\\[]at[)\\]]");
    static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9._%+-]{1,64}(?:@|\\s{0,3}[(\\[]at[)\\]]\\s{0,3})"
            + "[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,8}\\.[a-z]{2,63}");

    /**
     * Dutch national numbers: ten digits starting with 0 and a non-zero digit: mobile {@code 06-12345678},
     * three-digit area codes {@code 010-1234567}, four-digit ones {@code 0251-123456}, or ten digits in one go;
     * the part after the area code may be grouped with single spaces, dots or hyphens.
     */
    private static final String AREA_SEPARATOR = "\\s?[.-]?\\s?";
    static final String PHONE_NL = "(?:0[1-9]\\d{8}"
            + "|\\(?06\\)?" + AREA_SEPARATOR + "(?:\\d[ .-]?){7}\\d"
            + "|\\(?0[1-9]\\d\\)?" + AREA_SEPARATOR + "(?:\\d[ .-]?){6}\\d"
            + "|\\(?0[1-9]\\d{2}\\)?" + AREA_SEPARATOR + "(?:\\d[ .-]?){5}\\d)";

    /**
     * International numbers: {@code +31} or {@code 0031} with nine national digits (optionally "(0)"), or another
     * country code after {@code +} (or after {@code 00} followed by a separator) with 7 to 13 digits.
     */
    static final String PHONE_INTERNATIONAL = "(?:(?:\\+|00)31\\s?(?:\\(0\\)\\s?)?[1-9](?:[ .-]?\\d){8}"
            + "|\\+(?!31)[1-9]\\d{0,2}(?:\\s?\\(0\\))?(?:[ .-]?\\d){6,12}"
            + "|00(?!31)[1-9]\\d{0,2}[ .-](?:[ .-]?\\d){6,12})";

    /** A phone number anywhere in text, not glued to a preceding word, number or '+'. */
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?<!\\d[.,/-])(?:" + PHONE_INTERNATIONAL + "|" + PHONE_NL + ")" + END);

    /**
     * Text that looks like digits but is no phone number, blanked before the phone search: dates with a four-digit
     * year ({@code 06-03-2024}, {@code 2024-03-06}), times ({@code 10:00}) and IBANs.
     */
    static final Pattern NOT_A_PHONE = Pattern.compile(
            "\\d{1,2}([-/.])\\d{1,2}\\1\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}:\\d{2}"
                    + "|\\b[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\\b");

    /**
     * An IBAN-shaped token (ISO 13616): two letters, two check digits and 11 to 30 letters or digits, written in one
     * go or grouped in fours with single spaces (the last group shorter), in any case. {@link Iban} checks mod 97.
     */
    static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}"
            + "(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7} [A-Za-z0-9]{1,4}|(?: [A-Za-z0-9]{4}){3,7})"
            + "(?![A-Za-z0-9])");

    /**
     * An older Dutch bank account number (9 or 10 digits, plain or as {@code 12.34.56.789}) right after a word that
     * says it is one: without that context it is just a number, and the eleven test it shares with BSN, KvK-like
     * and order numbers would flag one in eleven of them.
     */
    static final Pattern OLD_ACCOUNT = Pattern.compile("(?i)\\b(?:bankrekening|rekening|bankrek|giro|bank|rek)"
            + "(?:\\.?\\s?(?:nummer|nr))?\\.?\\s{0,3}:?\\s{0,3}"
            + "(\\d{9,10}|\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{3,4}|\\d{3}\\.\\d{3}\\.\\d{3,4})" + END);

    /**
     * Where a name's parts meet, read as a word break by {@link PersonalDataDetector#asWords}: a {@code - . , /}
     * between two digits, a word of letters right before a digit ({@code tel0612345678}; not the letters inside an
     * IBAN, which follow its check digits), or what comes before a {@code +} and a digit ({@code 022+31612345678}).
     */
    static final Pattern NAME_WORD_BREAK = Pattern.compile(
            "(?<=\\d)[-.,/](?=\\d)|\\b\\p{L}{1,20}(?=\\d)|(?<=\\w)(?=\\+\\d)");

    private PersonalDataPatterns() {
    }
}
