package io.greenlane.eligibility.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard designation read into its parts, so that rules compare editions rather than spellings. Reading
 * normalises first (Unicode NFKC; every Unicode dash, hyphen and minus sign as {@code -}; invisible characters
 * dropped; any Unicode
 * whitespace as a space; case ignored), so {@code ASTM F963-23}, {@code F963-23}, {@code ASTM F 963-23},
 * {@code ASTM F-963-23}, {@code ASTM F963‑23} (non-breaking hyphen), {@code ASTM F963-2023} and
 * {@code ASTM F963-23e1} (an editorial change) all read as edition 2023 of ASTM F963. A designation that names
 * several standards ({@code ASTM F963-23 / EN 71-1}, {@code 16 CFR 1250 (ASTM F963-23)}) lists every
 * ASTM F963 edition it names. Reading never judges: whether an edition is accepted is the rules' business.
 *
 * @param stated the designation as written, or null when none was
 * @param kind what the designation names
 * @param editions every ASTM F963 reference it makes, in order (empty unless {@code kind} is ASTM_F963)
 * @param namesUsRule whether it names 16 CFR 1250, the US rule that incorporates ASTM F963
 * @param others the other standards it names, normalised (e.g. {@code EN 71-1:2014})
 */
public record Standard(String stated, Kind kind, List<Edition> editions, boolean namesUsRule, List<String> others) {

    /** What a designation names. */
    public enum Kind {
        /** No designation given. */
        NONE,
        /** At least one ASTM F963 reference (with or without an edition year). */
        ASTM_F963,
        /** Only other standards (EN 71, ISO 8124, 16 CFR 1250, …). */
        OTHER,
        /** Text that cannot be read as a standard designation. */
        UNREADABLE
    }

    /**
     * One ASTM F963 reference.
     *
     * @param year the edition year (e.g. 2023), or null when the reference names no year ("ASTM F963")
     * @param revision a revision letter after the year, lower case ("a" in {@code F963-23a}), or null
     */
    public record Edition(Integer year, String revision) {
        /** The edition as people write it: {@code ASTM F963-23}, {@code ASTM F963-23a}, {@code ASTM F963}. */
        public String canonical() {
            if (year == null) {
                return "ASTM F963";
            }
            // Two digits for the years two digits read back as (1950-2049): "F963-1923" is not -23. (Rules compare
            // with this on every report, so no String.format.)
            int twoDigits = year % 100;
            String edition = year >= 1950 && year <= 2049 ? (twoDigits < 10 ? "0" : "") + twoDigits
                    : Integer.toString(year);
            return "ASTM F963-" + edition + (revision == null ? "" : revision);
        }

        /** The record's own equality, written out for the reason {@link LabEntry#equals} gives. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Edition that && Objects.equals(year, that.year)
                    && Objects.equals(revision, that.revision);
        }
    }

    /** Unicode's whitespace (the White_Space property: NBSP, U+3000, NEL, …), not only Java's ASCII {@code \s}. */
    private static final Pattern SPACES = Pattern.compile("\\p{IsWhite_Space}+");
    /**
     * An ASTM F963 reference: "F963", "F 963", "F-963", then optionally an edition year (2 or 4 digits) with an
     * optional revision letter; an editorial mark ("E1") after the year is not a revision.
     */
    private static final Pattern F963 = Pattern.compile(
            "(?<![A-Z0-9])F\\s?-?\\s?963(?![0-9])(?:\\s?[-:/ ]\\s?(\\d{4}|\\d{2})(?![0-9])(?:([A-Z])(?![A-Z0-9]))?)?");
    private static final Pattern US_RULE = Pattern.compile("(?<![0-9])16\\s?C\\.?F\\.?R\\.?\\s?(?:PART\\s?)?1250(?![0-9])");
    /**
     * The standards bodies whose designations read as another standard (NOTES 7): free text with a number in it
     * ("see annex 3", "Tested 2024") names no standard. National adoptions chain bodies ("BS EN 71-1",
     * "AS/NZS ISO 8124.1"); GB/T is China's recommended national standards, on most reports from Ningbo labs.
     */
    private static final String BODIES = "(?:EN|ISO|IEC|GB|GB/T|GB/Z|BS|DIN|AS|NZS|AS/NZS|JIS|ANSI|ASTM|UL|CSA|CAN/CSA"
            + "|NF|SOR|KS|KC|SASO|SNI|IS|BIS|NBR|NOM|TCVN|TIS|MS|SS|CNS|GOST|SI|UNE|UNI|NEN|DS|SFS|SN|ONORM|OENORM|CPSC)";
    private static final Pattern OTHER_STANDARD = Pattern.compile(
            "^(?:" + BODIES + "[\\s/]?)*" + BODIES + "\\s?-?\\s?[A-Z]{0,2}\\s?-?\\d[A-Z0-9 .:/+-]*$"
                    + "|^\\d+\\s?CFR\\s?(?:PART\\s?)?\\d[A-Z0-9 .:/+-]*$");
    /** Between the designations of a report tested against several standards. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "\\s*(?:[;&()\\[\\]]|,(?!\\s*SECTION)|\\s/\\s|[/+](?=\\s*[A-Z]{2,})|\\sAND\\s)\\s*");

    public Standard {
        editions = List.copyOf(editions);
        others = List.copyOf(others);
    }

    /** Reads a designation; never fails: text that names no standard reads as {@link Kind#UNREADABLE}. */
    public static Standard parse(String designation) {
        String text = designation == null ? "" : normalise(designation);
        if (text.isEmpty()) {
            return new Standard(designation, Kind.NONE, List.of(), false, List.of());
        }
        List<Edition> editions = new ArrayList<>();
        Matcher f963 = F963.matcher(text);
        while (f963.find()) {
            editions.add(edition(f963.group(1), f963.group(2)));
        }
        boolean usRule = US_RULE.matcher(text).find();
        List<String> others = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(text)) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty() && !F963.matcher(trimmed).find() && OTHER_STANDARD.matcher(trimmed).matches()) {
                others.add(trimmed);
            }
        }
        Kind kind = !editions.isEmpty() ? Kind.ASTM_F963
                : usRule || !others.isEmpty() ? Kind.OTHER : Kind.UNREADABLE;
        return new Standard(designation, kind, editions, usRule, others);
    }

    /** The designation in the form it is compared in (NFKC, dashes as "-", one space, upper case). */
    static String normalise(String designation) {
        String text = Normalizer.normalize(designation, Normalizer.Form.NFKC);
        // An editorial mark is written with a Greek epsilon on ASTM's own documents ("F963-23ε1").
        text = text.replace('\u03B5', 'E').replace('\u0395', 'E');
        // A soft hyphen in a designation is a hyphen; other invisible characters are nothing.
        text = Names.DASHES.matcher(text.replace('\u00AD', '-')).replaceAll("-");
        text = Names.INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").trim().toUpperCase(Locale.ROOT);
    }

    private static Edition edition(String digits, String letter) {
        if (digits == null) {
            return new Edition(null, null);
        }
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        // "E" followed by digits was cut off by the pattern as an editorial mark; a lone letter is a revision.
        return new Edition(year, letter == null ? null : letter.toLowerCase(Locale.ROOT));
    }

    /**
     * The canonical designations this text names, for comparing a registry's {@code accredited_for} entries:
     * each ASTM F963 edition's canonical form, else the normalised text.
     */
    public List<String> canonicalNames() {
        if (kind == Kind.ASTM_F963) {
            return editions.stream().map(Edition::canonical).distinct().toList();
        }
        return stated == null ? List.of() : List.of(normalise(stated));
    }

    /** The designation as written, or "(none)". */
    public String text() {
        return kind == Kind.NONE ? "(none)" : stated.trim();
    }
}
