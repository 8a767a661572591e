package nl.mvimonitor.template.privacy;

/**
 * The eleven test of Dutch citizen service numbers (BSN), also used by RSIN: for digits d1..d9,
 * {@code 9d1 + 8d2 + 7d3 + 6d4 + 5d5 + 4d6 + 3d7 + 2d8 - 1d9} is divisible by 11. About one in eleven random
 * 9-digit numbers pass, so a pass only means something together with the column it was found in.
 */
public final class Elfproef {

    private static final int LENGTH = 9;

    private Elfproef() {
    }

    /** True when {@code digits} is exactly nine ASCII digits, not all zero, that pass the eleven test. */
    public static boolean passes(String digits) {
        if (digits == null || digits.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < LENGTH; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            int weight = i == LENGTH - 1 ? -1 : LENGTH - i;
            sum += weight * digit;
        }
        // 000000000 has sum 0 but is no BSN
        return !allZero && sum % 11 == 0;
    }
}
