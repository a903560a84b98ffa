package io.greenlane.eligibility.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Every finding of {@link ReaderFuzzTest}, as the input that found it and what the reader must do with it: refuse
 * it with {@link InvalidInputException}. A finding the core has not fixed yet is {@link Disabled} with the request
 * that asks for the fix (/work/notes/requests-faults.md), and the fuzz target skips exactly that finding so that
 * the fuzzer keeps looking for new ones.
 */
class ReaderRegressionTest {

    /** Twelve NUL bytes, then a pack: valid UTF-8 (U+0000 is a character), but not JSON. */
    static final byte[] NULS_BEFORE_A_PACK = concat(new byte[12],
            "{\n  \"declarationId\": \"DEC-2026-000671\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    @Disabled("core: the pack reader lets Jackson guess UTF-32 from leading NUL bytes and throws UncheckedIOException "
            + "(CharConversionException); requests-faults.md, request 1")
    void nulBytesBeforeAPack_anInputErrorNotAnUncheckedIoException() {
        assertThrows(InvalidInputException.class,
                () -> Declaration.read(new ByteArrayInputStream(NULS_BEFORE_A_PACK)));
        assertThrows(InvalidInputException.class,
                () -> Declaration.fromJson(new String(NULS_BEFORE_A_PACK, StandardCharsets.UTF_8)));
    }

    /** NUL bytes in an order Jackson takes for a UTF-32 byte order no one uses ("3412"): the same finding. */
    static final byte[] UNUSUAL_UCS4_ORDER = {0, 1, 0, 0, (byte) '{', (byte) '}'};

    @Test
    @Disabled("core: the same finding as above, where Jackson's guess is a UCS-4 byte order it does not support; "
            + "requests-faults.md, request 1")
    void nulBytesInAnUnusualOrder_anInputErrorNotAnUncheckedIoException() {
        assertThrows(InvalidInputException.class, () -> Declaration.read(new ByteArrayInputStream(UNUSUAL_UCS4_ORDER)));
    }

    /**
     * Whether the fuzz target met the finding above (and not a new one that merely looks like it): Jackson guessing
     * a UTF-32 encoding from NUL bytes in bytes the core has already checked as UTF-8.
     */
    static boolean isKnownUtf32Misdetection(byte[] input, UncheckedIOException e) {
        if (!(e.getCause() instanceof CharConversionException conversion)) {
            return false;
        }
        for (StackTraceElement frame : conversion.getStackTrace()) {
            if (frame.getClassName().equals("com.fasterxml.jackson.core.json.ByteSourceJsonBootstrapper")
                    || frame.getClassName().equals("com.fasterxml.jackson.core.io.UTF32Reader")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theKnownFindingIsRecognised_soTheFuzzerSkipsOnlyIt() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Declaration.read(new ByteArrayInputStream(NULS_BEFORE_A_PACK)),
                "once the core refuses it as an input error, enable the test above and drop the skip");
        assertTrue(isKnownUtf32Misdetection(NULS_BEFORE_A_PACK, e), e.toString());
        assertTrue(isKnownUtf32Misdetection(UNUSUAL_UCS4_ORDER, assertThrows(UncheckedIOException.class,
                () -> Declaration.read(new ByteArrayInputStream(UNUSUAL_UCS4_ORDER)))));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
