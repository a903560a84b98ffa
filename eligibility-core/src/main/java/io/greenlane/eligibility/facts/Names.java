package io.greenlane.eligibility.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names written by people are compared: Unicode NFKC, invisible format characters dropped
 * (zero-width space, word joiner, byte-order mark, soft hyphen), every run of Unicode whitespace (the
 * {@code White_Space} property, next-line U+0085 included) one space, trimmed, upper-cased in
 * {@link Locale#ROOT}. So {@code Beilun}, {@code " BEILUN "} (with a no-break space) and
 * {@code stem_educational_toy } compare equal to {@code BEILUN} and {@code STEM_EDUCATIONAL_TOY}.
 */
public final class Names {
    /** Characters that are invisible in print: copy-paste from a web form leaves them in names. */
    static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");
    /**
     * Every Unicode dash, hyphen and minus sign: dash punctuation, the swung dash, and the characters named minus
     * sign (after NFKC, which already folds the superscript, subscript, small and full-width ones).
     */
    static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2053\\u2212\\u02D7\\u2796]");
    static final Pattern SPACES = Pattern.compile("\\p{IsWhite_Space}+");

    private Names() {
    }

    /** The comparable form of a name, or null for null. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String ascii = printableAsciiKey(name);
        if (ascii != null) {
            return ascii;
        }
        String text = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The form HS codes are compared in: the name form without whitespace, dots and dashes
     * ({@code 9503.00.89}, {@code 9503 00 89}, {@code 9503‑00‑89} all read {@code 95030089}); anything else stays,
     * so an officer sees it. Null when nothing is left.
     */
    public static String hsCode(String hsCode) {
        if (hsCode == null) {
            return null;
        }
        String key = key(hsCode);
        // in printable ASCII, the hyphen-minus is the only dash
        String dashless = isPrintableAscii(key) ? key.replace("-", "") : DASHES.matcher(key).replaceAll("");
        String digits = dashless.replace(" ", "").replace(".", "");
        return digits.isEmpty() ? null : digits;
    }

    /**
     * The key of a name in printable ASCII (U+0020 to U+007E), without regular expressions: NFKC leaves such text
     * as it is, none of it is invisible and its only whitespace is the space. Null for any other name.
     */
    private static String printableAsciiKey(String name) {
        if (!isPrintableAscii(name)) {
            return null;
        }
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
            }
        }
        return key.toString();
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
