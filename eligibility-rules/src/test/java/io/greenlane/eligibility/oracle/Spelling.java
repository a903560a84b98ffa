package io.greenlane.eligibility.oracle;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the oracle reads what people type: terminal names and categories (SPEC "Inputs"; NOTES 4, 5), HS codes
 * (NOTES 6). Written here rather than taken from the engine's {@code facts.Names}, so that the two readings are
 * tested against each other.
 */
final class Spelling {
    /** Unicode's own list of whitespace (the White_Space property), which includes NBSP, U+3000, NEL. */
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    /**
     * Dashes, hyphens and minus signs as they stand after NFKC (which already folds U+FE63 and U+FF0D into "-"):
     * Unicode's dash punctuation, the minus sign, and the soft hyphen (a hyphen, if an invisible one).
     */
    static final Pattern DASH = Pattern.compile("[\\p{Pd}\\u2212\\u00AD\\u2053\\u02D7\\u2796]");
    /** Zero-width space, word joiner, byte-order mark, soft hyphen: invisible, dropped from names (NOTES 4). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

    private Spelling() {
    }

    /**
     * A name in the form it is compared in: NFKC, every run of Unicode whitespace one space, trimmed, upper case.
     * {@code " beilun\u00A0terminal "} and {@code "BEILUN TERMINAL"} compare equal; null stays null.
     */
    static String key(String name) {
        if (name == null) {
            return null;
        }
        String text = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        return WHITESPACE.matcher(text).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }

    /**
     * An HS code as its digits (NOTES 6: NFKC, with dots, whitespace and dashes left out), or null when nothing
     * is left.
     */
    static String hsDigits(String hsCode) {
        if (hsCode == null) {
            return null;
        }
        String text = Normalizer.normalize(hsCode, Normalizer.Form.NFKC);
        text = DASH.matcher(WHITESPACE.matcher(text).replaceAll("")).replaceAll("").replace(".", "");
        return text.isEmpty() ? null : text;
    }
}
