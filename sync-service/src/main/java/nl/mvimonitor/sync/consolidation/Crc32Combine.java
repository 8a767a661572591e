package nl.mvimonitor.sync.consolidation;

/**
 * CRC-32 of two byte sequences joined, from their CRCs and the second one's length, without the bytes: zlib's
 * {@code crc32_combine} (multiplication by x^(8n) modulo the CRC polynomial, with a table of x^(2^k)). It lets a
 * zip entry be assembled from stored compressed pieces.
 */
final class Crc32Combine {

    private static final int POLYNOMIAL = 0xEDB88320;
    /** x^(2^k) modulo the polynomial, in the reflected bit order CRC-32 uses. */
    private static final int[] X2N = new int[32];
    /**
     * x^(8n) for every n below 2^16 (256 kB): nearly every piece is shorter, and combining it is then one
     * multiplication instead of one per bit of its length. A run combines tens of thousands of pieces.
     */
    private static final int[] SHIFT = new int[1 << 16];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            p = multiply(p, p);
            X2N[n] = p;
        }
        int shift = 1 << 31; // x^0
        for (int n = 0; n < SHIFT.length; n++) {
            SHIFT[n] = shift;
            shift = multiply(X2N[3], shift); // times x^8
        }
    }

    private Crc32Combine() {
    }

    /** The CRC-32 of A followed by B, given crc(A), crc(B) and the length of B in bytes. */
    static int combine(int crcA, int crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        int shift = lengthB < SHIFT.length ? SHIFT[(int) lengthB] : xPower8n(lengthB);
        return multiply(shift, crcA) ^ crcB;
    }

    /** x^(8n) modulo the polynomial: shifting a CRC past n zero bytes. */
    private static int xPower8n(long n) {
        int p = 1 << 31; // x^0
        int k = 3;
        for (long rest = n; rest != 0; rest >>>= 1, k++) {
            if ((rest & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
        }
        return p;
    }

    private static int multiply(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        int bb = b;
        while (true) {
            if ((a & m) != 0) {
                p ^= bb;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            bb = (bb & 1) != 0 ? (bb >>> 1) ^ POLYNOMIAL : bb >>> 1;
        }
        return p;
    }
}
