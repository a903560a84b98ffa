package io.greenlane.eligibility.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every finding of {@link ReaderFuzzTest}, as the input that found it and what the reader must do with it: refuse
 * it with {@link InvalidInputException}.
 */
class ReaderRegressionTest {

    /** Twelve NUL bytes, then a pack: valid UTF-8 (U+0000 is a character), but not JSON. */
    static final byte[] NULS_BEFORE_A_PACK = concat(new byte[12],
            "{\n  \"declarationId\": \"DEC-2026-000671\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void nulBytesBeforeAPack_anInputErrorNotAnUncheckedIoException() {
        assertThrows(InvalidInputException.class,
                () -> Declaration.read(new ByteArrayInputStream(NULS_BEFORE_A_PACK)));
        assertThrows(InvalidInputException.class,
                () -> Declaration.fromJson(new String(NULS_BEFORE_A_PACK, StandardCharsets.UTF_8)));
    }

    /** NUL bytes in an order Jackson takes for a UTF-32 byte order no one uses ("3412"): the same finding. */
    static final byte[] UNUSUAL_UCS4_ORDER = {0, 1, 0, 0, (byte) '{', (byte) '}'};

    @Test
    void nulBytesInAnUnusualOrder_anInputErrorNotAnUncheckedIoException() {
        assertThrows(InvalidInputException.class, () -> Declaration.read(new ByteArrayInputStream(UNUSUAL_UCS4_ORDER)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
