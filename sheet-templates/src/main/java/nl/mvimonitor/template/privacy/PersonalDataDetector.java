package nl.mvimonitor.template.privacy;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;

import nl.mvimonitor.template.schema.PrivacyCheck;

/**
 * Finds personal data in one cell value, using the column's {@link PrivacyCheck} as context. Stateless and
 * thread-safe. It says only which kinds it found, never where or what, so callers cannot leak the value.
 *
 * <p>Rules (the add-ons port them one to one):
 * <ul>
 *   <li><b>BSN</b>, only in {@code FREE_TEXT} and {@code VALUE} columns: nine digits passing the {@link Elfproef},
 *       written plain ({@code 123456782}) or grouped with one consistent separator ({@code 123 456 782},
 *       {@code 1234.56.782}, {@code 12-34-56-782}). {@code FREE_TEXT}: any such token not glued to another number
 *       and not next to a currency sign; {@code VALUE}: only when the whole value is such a token. A number cell of
 *       8 or 9 digits counts as a 9-digit BSN (Excel drops a leading zero). RSINs pass the same test, which is why
 *       organisation-number columns are {@code NONE}.</li>
 *   <li><b>E-mail</b>, in every column: {@code name@domain.tld}, also {@code name (at) domain.tld}.</li>
 *   <li><b>Phone</b>, in every column: Dutch ten-digit numbers starting with 0 ({@code 06-12345678},
 *       {@code 010-1234567}, {@code 0251 123456}), {@code +31}/{@code 0031} numbers, other {@code +} numbers;
 *       dates, times and IBANs are blanked first. A number cell of nine digits starting with 6 is a mobile number
 *       whose leading zero Excel dropped.</li>
 *   <li><b>Bank account</b> ({@link PersonalDataKind#IBAN}): in every column an IBAN of any country, plain or in
 *       groups of four, any case, whose check digits pass ({@link Iban#isValid}); in {@code FREE_TEXT} columns also an
 *       older Dutch account number of 9 or 10 digits passing its eleven test, but only right after a word such as
 *       "rekening", "rek.nr." or "bank" (without it, one in eleven KvK, order or TenderNed numbers would pass).</li>
 * </ul>
 * CPV codes (8 digits, hyphen, digit), KvK numbers (8 digits), dates, amounts and periods never match.
 */
public final class PersonalDataDetector {

    private static final long SMALLEST_EIGHT_DIGITS = 10_000_000L;
    private static final long LARGEST_NINE_DIGITS = 999_999_999L;
    private static final int CONTEXT = 8;
    /** Every BSN form has exactly nine digits. */
    private static final int BSN_DIGITS = 9;
    /** The shortest phone number the patterns know ({@code +} with a one-digit country code and six digits). */
    private static final int MIN_PHONE_DIGITS = 7;
    /** Every bank account form has at least two digits (an IBAN's check digits). */
    private static final int MIN_ACCOUNT_DIGITS = 2;
    /** The shortest IBAN (Norway) has 15 characters; an older Dutch account number at least 9 digits. */
    private static final int MIN_IBAN_CHARS = 15;
    private static final int MIN_OLD_ACCOUNT_DIGITS = 9;

    /** The kinds of personal data in a text cell of a column checked as {@code check}, in enum order; empty if none. */
    public List<PersonalDataKind> inText(String text, PrivacyCheck check) {
        EnumSet<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // cheap pre-checks first, in one pass: a pattern cannot match a text with fewer (ASCII, as \d means) digits
        // than it needs, or an e-mail address without '@', '(' or '['; most cells end here without any regex
        Marks marks = Marks.of(text);
        if (marks.digits() >= BSN_DIGITS && check != PrivacyCheck.NONE && hasBsn(text.strip(), check)) {
            kinds.add(PersonalDataKind.BSN);
        }
        // '@' always marks, '(' and '[' only as "(at)" or "[at]"
        if (marks.emailMark() && PersonalDataPatterns.EMAIL_MARK.matcher(text).find()
                && PersonalDataPatterns.EMAIL.matcher(text).find()) {
            kinds.add(PersonalDataKind.EMAIL);
        }
        if (marks.digits() >= MIN_PHONE_DIGITS && hasPhone(text)) {
            kinds.add(PersonalDataKind.PHONE);
        }
        if (marks.digits() >= MIN_ACCOUNT_DIGITS && hasBankAccount(text, check, marks.digits())) {
            kinds.add(PersonalDataKind.IBAN);
        }
        return kinds.isEmpty() ? List.of() : List.copyOf(kinds);
    }

    /**
     * The kinds of personal data in a name the service did not choose: a file name, a folder name, a tab name, a
     * column header. Searched as free text, with underscores read as spaces ({@code P-022_0612345678.xlsx}), and
     * once more with its {@linkplain #asWords words apart}: in a name, {@code P-2024-022-123456782.xlsx} or
     * {@code tel0612345678} is a number after a separator, not one longer number as free text would read it.
     */
    public List<PersonalDataKind> inName(String name) {
        if (name == null) {
            return List.of();
        }
        String spaced = name.replace('_', ' ');
        List<PersonalDataKind> found = inText(spaced, PrivacyCheck.FREE_TEXT);
        if (!found.isEmpty()) {
            return found;
        }
        // only the BSN and phone searches refuse numbers glued to others; e-mail addresses and IBANs were found above
        String words = asWords(spaced);
        if (words.equals(spaced) || Marks.of(words).digits() < MIN_PHONE_DIGITS) {
            return List.of();
        }
        EnumSet<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
        if (hasBsn(words.strip(), PrivacyCheck.FREE_TEXT)) {
            kinds.add(PersonalDataKind.BSN);
        }
        if (hasPhone(words)) {
            kinds.add(PersonalDataKind.PHONE);
        }
        return kinds.isEmpty() ? List.of() : List.copyOf(kinds);
    }

    /**
     * A name with a space after each {@code - . , /} between two digits, after a word of letters glued to a digit
     * and before a {@code +} glued to a digit.
     * Free text reads {@code 022-123456782} as one number and skips it (a range, an amount); file names use those
     * marks to separate their parts. The name itself is searched as well, so the forms a BSN or phone number has
     * with these marks ({@code 123-456-782}, {@code 06-12345678}) are still found there.
     */
    static String asWords(String name) {
        return PersonalDataPatterns.NAME_WORD_BREAK.matcher(name).replaceAll("$0 ");
    }

    /** The kinds of personal data in a number cell of a column checked as {@code check}, in enum order. */
    public List<PersonalDataKind> inNumber(double number, PrivacyCheck check) {
        if (check == PrivacyCheck.NONE || !Double.isFinite(number) || number != Math.rint(number)) {
            return List.of();
        }
        long whole = (long) number;
        if (whole < SMALLEST_EIGHT_DIGITS || whole > LARGEST_NINE_DIGITS) {
            return List.of();
        }
        EnumSet<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
        String nineDigits = nineDigits(whole);
        if (Elfproef.passes(nineDigits)) {
            kinds.add(PersonalDataKind.BSN);
        }
        if (nineDigits.charAt(0) == '6') {
            kinds.add(PersonalDataKind.PHONE);
        }
        return List.copyOf(kinds);
    }

    /** What the pre-checks need to know of a text, found in one pass: its digits, and a possible e-mail mark. */
    private record Marks(int digits, boolean emailMark) {

        static Marks of(String text) {
            int digits = 0;
            boolean emailMark = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '@' || c == '(' || c == '[') {
                    emailMark = true;
                }
            }
            return new Marks(digits, emailMark);
        }
    }

    /** {@code String.format("%09d", n)} for 0 <= n <= 999,999,999, without the formatter. */
    private static String nineDigits(long whole) {
        String digits = Long.toString(whole);
        return "0".repeat(BSN_DIGITS - digits.length()) + digits;
    }

    private static boolean hasBsn(String text, PrivacyCheck check) {
        if (check == PrivacyCheck.VALUE) {
            return PersonalDataPatterns.BSN_WHOLE.matcher(text).matches() && Elfproef.passes(digitsOf(text));
        }
        Matcher m = PersonalDataPatterns.BSN_TOKEN.matcher(text);
        while (m.find()) {
            if (Elfproef.passes(digitsOf(m.group())) && !isAmount(text, m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAmount(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - CONTEXT), start);
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
        return PersonalDataPatterns.CURRENCY_BEFORE.matcher(before).find()
                || PersonalDataPatterns.CURRENCY_AFTER.matcher(after).find();
    }

    /** An IBAN (any column), or an older Dutch account number after "rekening" and the like (free text only). */
    private static boolean hasBankAccount(String text, PrivacyCheck check, int digits) {
        Matcher iban = PersonalDataPatterns.IBAN.matcher(text);
        while (text.length() >= MIN_IBAN_CHARS && iban.find()) {
            if (Iban.isValid(iban.group().replace(" ", ""))) {
                return true;
            }
        }
        if (check != PrivacyCheck.FREE_TEXT || digits < MIN_OLD_ACCOUNT_DIGITS) {
            return false;
        }
        Matcher old = PersonalDataPatterns.OLD_ACCOUNT.matcher(text);
        while (old.find()) {
            if (Iban.isOldDutchAccount(digitsOf(old.group(1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPhone(String text) {
        String masked = PersonalDataPatterns.NOT_A_PHONE.matcher(text).replaceAll(m -> "#".repeat(m.group().length()));
        return PersonalDataPatterns.PHONE.matcher(masked).find();
    }

    private static String digitsOf(String token) {
        StringBuilder digits = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
