package io.greenlane.eligibility.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names written by people are compared: Unicode NFKC, every run of Unicode whitespace
 * one space, trimmed, upper case. So {@code Beilun}, {@code " BEILUN "} (with a no-break space) and
 * {@code stem_educational_toy } compare equal to {@code BEILUN} and {@code STEM_EDUCATIONAL_TOY}.
 */
public final class Names {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private Names() {
    }

    /** The comparable form of a name, or null for null. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return SPACES.matcher(text).replaceAll(" ").trim().toUpperCase(Locale.ROOT);
    }
}
