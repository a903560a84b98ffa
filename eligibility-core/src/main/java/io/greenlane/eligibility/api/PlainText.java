package io.greenlane.eligibility.api;

/**
 * Text from a pack made safe to show on a terminal or in a log: control characters, bidirectional
 * controls, line separators and unpaired surrogates are written as visible escapes ({@code \u001b},
 * {@code \r}, …), so that pack text can never move the cursor, recolour a line or reorder what a clerk reads.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The text with every unsafe character escaped; null reads as {@code null}. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(text, i);
            if (escape != null && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static String escapeOf(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
        boolean separator = c == '\u2028' || c == '\u2029';
        boolean unpaired = Character.isHighSurrogate(c)
                ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        return control || bidi || separator || unpaired ? String.format("\\u%04x", (int) c) : null;
    }
}
