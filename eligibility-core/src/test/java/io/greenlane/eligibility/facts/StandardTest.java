package io.greenlane.eligibility.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.facts.Standard.Edition;
import io.greenlane.eligibility.facts.Standard.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Standard designations are read into parts, so that rules compare editions rather than spellings. */
class StandardTest {
    private static final Edition F963_23 = new Edition(2023, null);

    @ParameterizedTest(name = "\"{0}\" names ASTM F963-23")
    @ValueSource(strings = {
        "ASTM F963-23", "F963-23", "ASTM F 963-23", "ASTM F-963-23", "astm f963-2023", "ASTM  F963 - 23",
        "ASTM F963-2023", " ASTM F963-23 ", "ASTM F963:2023",
        "ASTM F963\u201323",   // en dash
        "ASTM F963\u201123",   // non-breaking hyphen
        "ASTM F963\u221223",   // minus sign
        "ASTM F963\u201023",   // hyphen
        "ASTM F963\uFF0D23",   // full-width hyphen-minus
        "ASTM F963\u205323",   // swung dash
        "ASTM F963\u02D723",   // modifier letter minus sign
        "ASTM F963\u279623",   // heavy minus sign
        "ASTM F963\u00AD23",   // soft hyphen
        "ASTM F\u200B963-23",  // a zero-width space inside
        "ASTM\u00A0F963-23\u00A0", // no-break spaces
        "\uFF21\uFF33\uFF34\uFF2D F963-23", // full-width letters (NFKC)
        "ASTM F963-23e1", "ASTM F963-23\u03B51", "ASTM F963-23 Section 4.3.5", "ASTM F963-23 (heavy metals)"})
    void spellingOfF963_23_namesTheEdition(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(List.of(F963_23), standard.editions());
        assertEquals("ASTM F963-23", standard.editions().get(0).canonical());
        assertEquals(designation, standard.stated());
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-17    | ASTM F963-17
            ASTM F963-1923  | ASTM F963-1923
            ASTM F963-2123  | ASTM F963-2123
            ASTM F963-2017  | ASTM F963-17
            F963-20         | ASTM F963-20
            ASTM F963-96a   | ASTM F963-96a
            ASTM F963-23a   | ASTM F963-23a
            ASTM F963-17A   | ASTM F963-17a
            ASTM F963       | ASTM F963
            F 963           | ASTM F963
            """)
    void otherEditionsAndReferences_readIntoYearAndRevision(String designation, String canonical) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(1, standard.editions().size());
        assertEquals(canonical, standard.editions().get(0).canonical());
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-23 / EN 71-1            | ASTM F963-23
            EN 71-1; ASTM F963-23             | ASTM F963-23
            EN 71-1:2014, ASTM F963-17        | ASTM F963-17
            ASTM F963-23 and ISO 8124-1       | ASTM F963-23
            16 CFR 1250 (ASTM F963-23)        | ASTM F963-23
            ASTM F963-17 / ASTM F963-23       | ASTM F963-17 ASTM F963-23
            """)
    void severalStandards_listEveryF963Edition(String designation, String editions) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(editions, String.join(" ", standard.editions().stream().map(Edition::canonical).toList()));
    }

    @ParameterizedTest(name = "\"{0}\" names only other standards")
    @ValueSource(strings = {"EN 71-1", "EN 71-1:2014+A1:2018", "ISO 8124-1:2018", "GB 6675-2014", "16 CFR 1250",
        "16 CFR Part 1250", "EN 71-1 / ISO 8124-1", "GB/T 26701-2011", "BS EN 71-1", "AS/NZS ISO 8124.1", "ASTM D-4236",
        "ASTM D4236", "IEC 62115:2017"})
    void otherStandards_kindOther(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.OTHER, standard.kind());
        assertTrue(standard.editions().isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" names the US rule: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            16 CFR 1250                  | true
            16 C.F.R. 1250               | true
            16 CFR 1250 (ASTM F963-23)   | true
            EN 71-1                      | false
            ASTM F963-23                 | false
            """)
    void usRule_flagged(String designation, boolean usRule) {
        assertEquals(usRule, Standard.parse(designation).namesUsRule());
    }

    @ParameterizedTest(name = "\"{0}\" is unreadable")
    @ValueSource(strings = {"complies with toy safety rules", "ASTM", "see attached", "F9630-23", "see annex 3",
        "Tested 2024", "CE 2021", "Part 1250"})
    void textThatNamesNoStandard_unreadable(String designation) {
        assertEquals(Kind.UNREADABLE, Standard.parse(designation).kind());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void noDesignation_none(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.NONE, standard.kind());
        assertEquals("(none)", standard.text());
    }

    @ParameterizedTest(name = "accreditation \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-23     | ASTM F963-23
            ASTM F963\u201123| ASTM F963-23
            F 963-2023       | ASTM F963-23
            en 71-1          | EN 71-1
            """)
    void canonicalNames_forAccreditations(String designation, String canonical) {
        assertEquals(List.of(canonical), Standard.parse(designation).canonicalNames());
    }

    @ParameterizedTest(name = "\"{0}\" is not mistaken for F963")
    @ValueSource(strings = {"ASTM F9630", "ASTM F1963-23", "F963123"})
    void lookAlikes_notF963(String designation) {
        assertFalse(Standard.parse(designation).editions().contains(F963_23));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9503.00.89          | 95030089
            9503 00 89          | 95030089
            9503\u201100\u201189  | 95030089
            \uFF19\uFF15\uFF10\uFF13  | 9503
            HS 9503.00.89       | HS95030089
            """)
    void hsCodes_readByTheirDigitsKeepingAnythingElse(String written, String read) {
        assertEquals(read, Names.hsCode(written));
    }

    @ParameterizedTest(name = "\"{0}\" is the name BEILUN")
    @ValueSource(strings = {"Beilun", " BEILUN ", "beilun\u00A0", "Beilun\u0085", "Bei\u200Blun", "\uFEFFBeilun", "\u3000Beilun"})
    void namesAsPeopleWriteThem_compareEqual(String written) {
        assertEquals("BEILUN", Names.key(written));
    }
}
