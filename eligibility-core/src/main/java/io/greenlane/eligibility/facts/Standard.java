package io.greenlane.eligibility.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard designation read into its parts, so that rules compare editions rather than spellings:
 * {@code ASTM F963-23}, {@code F963-23}, {@code ASTM F 963-23} and {@code astm f963-2023} all read as
 * {@code ASTM F963-23}.
 *
 * @param stated the designation as written, or null when none was
 * @param kind what kind of designation it is
 * @param year the edition year of an ASTM F963 designation, or null
 * @param canonical the normalised designation, e.g. {@code ASTM F963-23} or {@code EN 71-1:2014}; null when unreadable
 */
public record Standard(String stated, Kind kind, Integer year, String canonical) {

    /** What a designation is. */
    public enum Kind {
        /** No designation given. */
        NONE,
        /** Some edition of ASTM F963 (year may be missing). */
        ASTM_F963,
        /** A designation of another standard, such as EN 71-1 or ISO 8124-1. */
        OTHER,
        /** Text that cannot be read as a standard designation. */
        UNREADABLE
    }

    /**
     * ASTM F963, an optional edition year with an optional revision letter ("-23", "-2023", "-96A"), then
     * anything that does not change the edition: an editorial mark ("E1"), a section, a note.
     */
    private static final Pattern F963 = Pattern.compile(
            "^(?:ASTM\\s*)?F\\s*963(?:\\s*[-:/ ]\\s*(\\d{4}|\\d{2})([A-DF-Z])?(?![0-9]))?(?:(?:E\\d+)?(?:[\\s,.(:].*)?)$");
    private static final Pattern OTHER_STANDARD = Pattern.compile(
            "^(?:[A-Z]{2,6}(?:/[A-Z]{2,6})?\\s+)*[A-Z]{2,6}(?:/[A-Z]{2,6})?\\s*[A-Z]?\\s*\\d[A-Z0-9 .:/+-]*$"
                    + "|^\\d+\\s*CFR\\s*(?:PART\\s*)?\\d[A-Z0-9 .:/+-]*$");
    /** Between the designations of a report tested against several standards. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "\\s*(?:[;&]|,(?!\\s*SECTION)|\\s/\\s|[/+](?=\\s*[A-Z]{2,})|\\sAND\\s)\\s*");

    /**
     * Reads a designation; never fails, an unreadable one gives {@link Kind#UNREADABLE}. A report tested
     * against several standards ("ASTM F963-23 / EN 71-1") is read by its ASTM F963 designation, else by
     * the first other standard it names, so the separator used never changes the reading.
     */
    public static Standard parse(String designation) {
        if (designation == null || designation.isBlank()) {
            return new Standard(designation, Kind.NONE, null, null);
        }
        // Any Unicode space (a no-break space from a PDF, say) is a space; any dash a hyphen.
        String text = designation.replaceAll("[\\s\\p{Z}]+", " ").trim().toUpperCase(Locale.ROOT)
                .replace('\u2013', '-').replace('\u2014', '-');
        String[] parts = LIST_SEPARATOR.split(text);
        if (parts.length == 1) {
            return single(designation, text);
        }
        // Several standards: read by the newest ASTM F963 edition named, whatever the order, else the
        // first other standard.
        Standard f963 = null;
        Standard other = null;
        for (String part : parts) {
            Standard standard = single(designation, part.trim());
            if (standard.kind == Kind.ASTM_F963
                    && (f963 == null || f963.year == null || (standard.year != null && standard.year > f963.year))) {
                f963 = standard;
            }
            if (other == null && standard.kind == Kind.OTHER) {
                other = standard;
            }
        }
        return f963 != null ? f963 : other != null ? other : new Standard(designation, Kind.UNREADABLE, null, null);
    }

    private static Standard single(String designation, String text) {
        Matcher f963 = F963.matcher(text);
        if (f963.matches()) {
            if (f963.group(1) == null) {
                return new Standard(designation, Kind.ASTM_F963, null, "ASTM F963");
            }
            int year = Integer.parseInt(f963.group(1));
            if (f963.group(1).length() == 2) {
                year += year >= 50 ? 1900 : 2000;
            }
            String suffix = f963.group(2) == null ? "" : f963.group(2).toLowerCase(Locale.ROOT);
            // Two digits only for the years two digits read back as (1950-2049): "F963-1923" is not -23.
            String edition = year >= 1950 && year <= 2049 ? String.format(Locale.ROOT, "%02d", year % 100)
                    : Integer.toString(year);
            return new Standard(designation, Kind.ASTM_F963, year, "ASTM F963-" + edition + suffix);
        }
        if (OTHER_STANDARD.matcher(text).matches() && !text.matches("^(?:ASTM\\s*)?F\\s*963.*")) {
            return new Standard(designation, Kind.OTHER, null, text);
        }
        return new Standard(designation, Kind.UNREADABLE, null, null);
    }

    /** Whether the designation names one definite edition of a standard. */
    public boolean isRecognised() {
        return kind == Kind.OTHER || (kind == Kind.ASTM_F963 && year != null);
    }

    /** The designation as written, or "(none)". */
    public String text() {
        return stated == null || stated.isBlank() ? "(none)" : stated.trim();
    }
}
