package io.greenlane.eligibility.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Names read in printable ASCII take a short path without regular expressions; it must give exactly what the
 * general rule gives (NFKC, invisible characters dropped, whitespace runs one space, trimmed, upper-cased), for
 * names and HS codes alike.
 */
class NamesTest {
    private static final String ALPHABET = "aZz09 .-_/\t\u00A0\u200B\u2011\uFF21\u00E9#";

    /** The general rule, as {@link Names} states it. */
    private static String generalKey(String name) {
        String text = Names.INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        return Names.SPACES.matcher(text).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }

    private static String generalHsCode(String code) {
        String digits = Names.DASHES.matcher(generalKey(code)).replaceAll("").replace(" ", "").replace(".", "");
        return digits.isEmpty() ? null : digits;
    }

    @Test
    void theAsciiPath_givesWhatTheGeneralRuleGives() {
        Random random = new Random(20261202);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            // half of the names printable ASCII only (the short path), half with anything in the alphabet
            String alphabet = n % 2 == 0 ? ALPHABET.substring(0, 9) : ALPHABET;
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = name.toString();
            assertEquals(generalKey(text), Names.key(text), () -> "key of \"" + text + "\"");
            assertEquals(generalHsCode(text), Names.hsCode(text), () -> "HS code of \"" + text + "\"");
        }
    }

    @Test
    void examples() {
        assertEquals("STEM KIT 0", Names.key("  stem   kit 0 "));
        assertEquals("", Names.key("   "));
        assertEquals("95030089", Names.hsCode("9503.00-89"));
        assertEquals(null, Names.hsCode(" . - "));
    }
}
