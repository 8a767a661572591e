package nl.mvimonitor.template.privacy;

/**
 * The ISO 13616 check of an International Bank Account Number: move the country code and check digits to the end,
 * read letters as numbers ({@code A} = 10 .. {@code Z} = 35) and the whole must be 1 modulo 97. Any country: the
 * registry's per-country lengths are not needed, since the check digits already make a random match 1 in 97 and
 * the shape (two letters, two digits, 11 to 30 letters or digits) is rare in prose.
 */
public final class Iban {

    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 34;
    private static final int MODULUS = 97;

    private Iban() {
    }

    /** True when {@code compact} (no spaces, any case) is an IBAN with valid check digits. */
    public static boolean isValid(String compact) {
        if (compact == null || compact.length() < MIN_LENGTH || compact.length() > MAX_LENGTH
                || !isLetter(compact.charAt(0)) || !isLetter(compact.charAt(1))
                || !isDigit(compact.charAt(2)) || !isDigit(compact.charAt(3))) {
            return false;
        }
        int remainder = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt((i + 4) % compact.length());
            if (isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % MODULUS;
            } else if (isLetter(c)) {
                remainder = (remainder * 100 + (Character.toUpperCase(c) - 'A' + 10)) % MODULUS;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /**
     * The eleven test of Dutch bank account numbers from before the IBAN (9 or 10 digits, weights 10 down to 1 from
     * the left of the ten-digit form): the sum is divisible by 11. It is the {@link Elfproef} family, so a pass means
     * something only next to a word such as "rekening".
     */
    public static boolean isOldDutchAccount(String digits) {
        if (digits == null || digits.length() < 9 || digits.length() > 10) {
            return false;
        }
        String ten = digits.length() == 9 ? "0" + digits : digits;
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < ten.length(); i++) {
            char c = ten.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            allZero &= c == '0';
            sum += (10 - i) * (c - '0');
        }
        return !allZero && sum % 11 == 0;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
