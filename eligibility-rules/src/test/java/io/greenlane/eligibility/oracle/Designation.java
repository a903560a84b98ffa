package io.greenlane.eligibility.oracle;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard designation as the oracle reads it (SPEC "Findings", designations; NOTES 7 and 8), written without
 * the engine's {@code facts.Standard}. The text is normalised first: NFKC, every dash and minus sign as
 * {@code -}, Unicode whitespace as one space, upper case, a Greek epsilon as the {@code E} of an editorial mark.
 * Then three things are looked for anywhere in it: ASTM F963 references ({@code F963}, {@code F 963},
 * {@code F-963}, each with or without an edition year), the US rule 16 CFR 1250, and designations of other
 * standards (letters naming a body, then a number: {@code EN 71-1}, {@code ISO 8124-1}, {@code 16 CFR 1501}).
 *
 * @param editions every ASTM F963 reference, in order
 * @param namesUsRule whether it names 16 CFR 1250
 * @param namesOtherStandard whether it names a standard other than those two
 */
record Designation(List<Edition> editions, boolean namesUsRule, boolean namesOtherStandard) {

    /**
     * One ASTM F963 reference.
     *
     * @param year the edition year, four digits; null when the reference names none (or none that reads as a year)
     * @param revision a revision letter after the year ({@code F963-23a}), upper case; null when there is none
     */
    record Edition(Integer year, Character revision) {
        @Override
        public String toString() {
            return "ASTM F963" + (year == null ? "" : "-" + year + (revision == null ? "" : revision));
        }
    }

    /** What a report's designation means for it (SPEC's standard findings; null: it is against the accepted one). */
    enum Reading { ACCEPTED, STANDARD_UNRECOGNISED, STANDARD_VERSION_NOT_ACCEPTED }

    /**
     * "F963" not glued to a letter or digit before it, then optionally a separator and the edition: its digits and
     * whatever letters and digits follow them ("23", "2023", "23A", "23E1").
     */
    private static final Pattern F963 = Pattern.compile(
            "(?<![A-Z0-9])F ?-? ?963(?![0-9])(?: ?[-:/ ] ?([0-9]+)([A-Z0-9]*))?");
    private static final Pattern US_RULE = Pattern.compile("(?<![0-9])16 ?C\\.?F\\.?R\\.? ?(?:PART ?)?1250(?![0-9])");
    /**
     * A standards body's letters (EN, ISO, GB/T, BS EN, ASTM D…; NOTES 7 lists them) then a number; or a part of the
     * US CFR. Free text with a number ("see annex 3") names no standard.
     */
    private static final String BODY = "(?:EN|ISO|IEC|GB|GB/T|GB/Z|BS|DIN|AS|NZS|AS/NZS|JIS|ANSI|ASTM|UL|CSA|CAN/CSA"
            + "|NF|SOR|KS|KC|SASO|SNI|IS|BIS|NBR|NOM|TCVN|TIS|MS|SS|CNS|GOST|SI|UNE|UNI|NEN|DS|SFS|SN|ONORM|OENORM|CPSC)";
    private static final Pattern OTHER_STANDARD = Pattern.compile(
            "(?<![A-Z0-9])(?:" + BODY + "[ /]?)*" + BODY + " ?-? ?[A-Z]{0,2} ?-?[0-9]"
                    + "|(?<![0-9])[0-9]+ ?CFR ?(?:PART ?)?[0-9]");
    private static final Pattern EDITORIAL_MARK = Pattern.compile("E[0-9]+.*");

    Designation {
        editions = List.copyOf(editions);
    }

    /** Reads a designation; null or blank text names nothing. */
    static Designation read(String text) {
        String normal = normalise(text == null ? "" : text);
        List<Edition> editions = new ArrayList<>();
        Matcher f963 = F963.matcher(normal);
        StringBuilder rest = new StringBuilder();
        while (f963.find()) {
            editions.add(edition(f963.group(1), f963.group(2)));
            f963.appendReplacement(rest, " ; ");
        }
        f963.appendTail(rest);
        Matcher usRule = US_RULE.matcher(rest);
        boolean namesUsRule = usRule.find();
        String others = usRule.replaceAll(" ; ");
        return new Designation(editions, namesUsRule, OTHER_STANDARD.matcher(others).find());
    }

    /** The normal form designations are compared in. */
    static String normalise(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normal = Spelling.DASH.matcher(normal.replace('\u00AD', '-')).replaceAll("-");
        normal = Spelling.key(normal);
        return normal.replace('\u0395', 'E');
    }

    private static Edition edition(String digits, String suffix) {
        if (digits == null || digits.length() != 2 && digits.length() != 4) {
            return new Edition(null, null);
        }
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        // A lone letter is a revision ("23a"); "E" and digits is an editorial change of the same edition ("23e1").
        Character revision = suffix.length() == 1 && Character.isLetter(suffix.charAt(0)) ? suffix.charAt(0) : null;
        if (revision == null && !suffix.isEmpty() && !EDITORIAL_MARK.matcher(suffix).matches()) {
            throw new IllegalArgumentException("the oracle has no reading for the edition \"" + digits + suffix
                    + "\"; the generators should not write it");
        }
        return new Edition(year, revision);
    }

    /** Whether any ASTM F963 edition it names is {@code accepted} (NOTES 7, first bullet). */
    boolean names(Edition accepted) {
        return editions.contains(accepted);
    }

    /** How a report against this designation stands, in the order NOTES 7 gives. */
    Reading readAgainst(Edition accepted) {
        if (names(accepted)) {
            return Reading.ACCEPTED;
        }
        boolean unreadableEdition = editions.stream().anyMatch(e -> e.year() == null
                || Objects.equals(e.year(), accepted.year()) && e.revision() != null);
        if (unreadableEdition) {
            return Reading.STANDARD_UNRECOGNISED;
        }
        if (!editions.isEmpty()) {
            return Reading.STANDARD_VERSION_NOT_ACCEPTED;
        }
        if (namesUsRule) {
            return Reading.STANDARD_UNRECOGNISED;
        }
        return namesOtherStandard ? Reading.STANDARD_VERSION_NOT_ACCEPTED : Reading.STANDARD_UNRECOGNISED;
    }

    /** The one edition a rule set's {@code acceptedStandard} parameter names. */
    static Edition acceptedEdition(String parameter) {
        List<Edition> named = read(parameter).editions();
        if (named.size() != 1 || named.get(0).year() == null) {
            throw new IllegalArgumentException("acceptedStandard \"" + parameter + "\" names no single edition");
        }
        return named.get(0);
    }
}
