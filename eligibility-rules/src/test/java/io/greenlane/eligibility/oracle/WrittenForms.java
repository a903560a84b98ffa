package io.greenlane.eligibility.oracle;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The ways the generators write names, categories, HS codes and designations: as the manifest or SPEC spells them,
 * and as forwarders and labs actually type them (case, stray and non-ASCII whitespace, fullwidth forms, Unicode
 * dashes, invisible characters). Only spellings whose reading SPEC or NOTES fixes are drawn; kept out: letters in HS
 * codes ("HS 9503", which an officer checks) and non-ASCII letters whose upper case is ASCII (dotless ı).
 */
final class WrittenForms {
    private WrittenForms() {
    }

    /** Ways of writing a terminal name; every one keeps some visible text. */
    static final List<UnaryOperator<String>> TERMINAL_STYLES = List.of(
            s -> s,
            s -> s.toUpperCase(java.util.Locale.ROOT),
            s -> s.toLowerCase(java.util.Locale.ROOT),
            s -> " " + s + " ",
            s -> s + "\u00A0",
            s -> "\u3000" + s,
            s -> "\t" + s.replace(" ", "\n") + "\r\n",
            s -> s.replace(" ", "\u00A0\u00A0"),
            s -> s.replace(" ", "\u2003"),
            s -> s + "\u0085",
            s -> "\uFEFF" + s + "\u200B",
            WrittenForms::fullwidth);

    /** Terminal names no rule set covers: other ports, near misses of covered names. */
    static final List<String> UNCOVERED_TERMINALS = List.of(
            "Beilun Port", "BeilunTerminal", "DAXIE", "Jintang", "NINGBO", "SHANGHAI", "\u5317\u4ed1\u6e2f",
            "Meishan Island", "Chuan shan");

    /** Categories read as STEM_EDUCATIONAL_TOY (NOTES 5). */
    static final List<String> STEM_CATEGORIES = List.of(
            "STEM_EDUCATIONAL_TOY", "stem_educational_toy ", "Stem_Educational_Toy", "\u00A0STEM_EDUCATIONAL_TOY",
            "\tSTEM_EDUCATIONAL_TOY\n", fullwidth("STEM_EDUCATIONAL_TOY"), "STEM_EDUCATIONAL_TOY\u3000",
            "STEM_EDUCATIONAL_TOY\u0085", "STEM_EDUCATIONAL\u200B_TOY");

    /** Categories out of scope (the generators add lines that declare none). */
    static final List<String> OTHER_CATEGORIES = List.of(
            "GENERAL_TOY", "APPAREL", "STEM educational toy", "STEM-EDUCATIONAL-TOY", "STEM_EDUCATIONAL_TOYS", "");

    /** HS codes under heading 9503, as brokers write them. */
    static final List<String> TOY_HS_CODES = List.of(
            "9503008900", "9503.00.89", "9503 00 89 00", "95030089", "9503", " 9503.00.8900 ", "9503-00-89",
            fullwidth("9503008900"), "9503\u00A000\u00A089", "9503.00\u201389", "9503\u201100\u201189",
            "9503\u201300\u201389 00", "9503\u221200\u221289");

    /** HS codes of other headings, a truncated one, blanks (the generators add lines that declare none). */
    static final List<String> OTHER_HS_CODES = List.of(
            "8471300000", "8471.30.01", "9504500000", "950", "0950300000", "", "  ");

    /** Designations that name ASTM F963-23 (SPEC's list and NOTES 7). */
    static final List<String> F963_23 = List.of(
            "ASTM F963-23", "F963-23", "ASTM F 963-23", "ASTM F-963-23", "ASTM F963\u201123", "ASTM F963\u221223",
            "ASTM F963\u201323", "ASTM F963-2023", "ASTM F963-23e1", "ASTM F963-23\u03b51", "astm f963-23",
            "  ASTM  F963-23 ", "ASTM\u00A0F963-23", fullwidth("ASTM F963-23"), "ASTM F963-23 / EN 71-1",
            "EN 71-1; ASTM F963-23", "16 CFR 1250 (ASTM F963-23)", "ASTM F963-17 / ASTM F963-23",
            "ISO 8124-1, ASTM F 963-2023", "ASTM F963:2023", "ASTM F963\uFE6323", "ASTM F963-23, section 4.6");

    /**
     * Designations that do not (for a rule set accepting F963-23): other editions and standards, or unreadable (the
     * generators add reports that give none).
     */
    static final List<String> OTHER_DESIGNATIONS = List.of(
            "ASTM F963-17", "ASTM F963-20", "F963-16", "ASTM F963-17a", "ASTM F963-1923", "ASTM F963\u201117",
            "ASTM F963", "ASTM F963-23a", "ASTM F963-2023A", "ASTM F963 / EN 71-1", "ASTM F963-17 / F963-23a",
            "16 CFR 1250", "16 C.F.R. Part 1250", "16 CFR 1250 (ASTM F963)", "EN 71-1 / 16 CFR 1250",
            "EN 71-1:2014+A1:2018", "ISO 8124-1", "ISO 8124-1:2018 and EN 71-1", "GB 6675.1-2014", "GB/T 26701-2011",
            "16 CFR 1501", "ASTM F963-17, EN 71-1", "tested to customer spec", "complies with ASTM requirements", "", "\u00A0",
            "see annex 3", "Tested 2024", "CE 2021", "ASTM D-4236", "BS EN 71-1:2014", "AS/NZS ISO 8124.1");

    /** The parts designations are put together from (see {@link #designation}). */
    static final List<String> DESIGNATION_PREFIXES = List.of("ASTM ", "", "astm ", "ASTM\u00A0", "Tested per ASTM ");
    static final List<String> F963_FORMS = List.of("F963", "F 963", "F-963", "F\u2011963", "f963");
    static final List<String> YEAR_SEPARATORS = List.of("-", "\u2011", "\u2013", "\u2212", " ", " - ", ":", "\uFE63",
            "\u00AD", "\u2010", "\u2028", "\u0085");
    static final List<String> YEARS = List.of("23", "2023", "17", "2017", "20", "16", "1923", "99", "07", "26", "");
    static final List<String> YEAR_SUFFIXES = List.of("", "", "", "a", "A", "e1", "\u03b51", "E2");
    static final List<String> COMPANIONS = List.of("", "", " / EN 71-1", "; ISO 8124-1", ", EN 71-1:2014",
            " and 16 CFR 1250", " (16 CFR 1250)", " / ASTM F963-17", ", section 4.6");

    /** A designation put together from parts; a reference without a year gets no separator or suffix. */
    static String designation(String prefix, String form, String separator, String year, String suffix,
                              String companion) {
        return prefix + form + (year.isEmpty() ? "" : separator + year + suffix) + companion;
    }

    /** The fullwidth form of printable ASCII (NFKC folds it back), spaces as ideographic spaces. */
    static String fullwidth(String text) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : c);
        }
        return wide.toString();
    }
}
