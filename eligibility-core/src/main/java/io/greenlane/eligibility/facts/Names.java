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
    static final Pattern SPACES = Pattern.compile("\\p{IsWhite_Space}+");

    private Names() {
    }

    /** The comparable form of a name, or null for null. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String text = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }
}
