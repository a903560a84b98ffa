package io.greenlane.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.facts.Standard;
import io.greenlane.eligibility.facts.Standard.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Standard designations are read into parts, so that rules compare editions rather than spellings. */
class StandardTest {

    @ParameterizedTest(name = "\"{0}\" reads as ASTM F963-23")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-23
            F963-23
            ASTM F 963-23
            astm f963-2023
            ASTM  F963 - 23
            ASTM F963-2023
            ' ASTM F963-23 '
            ASTM F963:2023
            ASTM F963\u201323
            """)
    void spellingOfF963_23_readsAsTheAcceptedEdition(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(2023, standard.year());
        assertEquals("ASTM F963-23", standard.canonical());
        assertTrue(standard.isRecognised());
        assertEquals(designation, standard.stated());
    }

    @ParameterizedTest(name = "\"{0}\" reads as {2}, year {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-17    | 2017 | ASTM F963-17
            ASTM F963-1923  | 1923 | ASTM F963-1923
            ASTM F963-2123  | 2123 | ASTM F963-2123
            ASTM F963-2017  | 2017 | ASTM F963-17
            F963-20         | 2020 | ASTM F963-20
            ASTM F963-16    | 2016 | ASTM F963-16
            ASTM F963-96a   | 1996 | ASTM F963-96a
            ASTM F963-11    | 2011 | ASTM F963-11
            """)
    void otherEditionOfF963_readsItsYear(String designation, int year, String canonical) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(year, standard.year());
        assertEquals(canonical, standard.canonical());
        assertTrue(standard.isRecognised(), "a definite edition, even one that is not accepted");
    }

    @ParameterizedTest(name = "\"{0}\" is read by its F963 designation, year {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-23 / EN 71-1        | 2023
            EN 71-1; ASTM F963-23         | 2023
            EN 71-1:2014, ASTM F963-17    | 2017
            ASTM F963-23 and ISO 8124-1   | 2023
            ASTM F963-23 & EN 71-3        | 2023
            """)
    void reportAgainstSeveralStandards_readByItsF963Designation(String designation, int year) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(year, standard.year());
    }

    @ParameterizedTest(name = "\"{0}\" is F963 without an edition")
    @ValueSource(strings = {"ASTM F963", "F963", "astm f 963"})
    void f963WithoutYear_notRecognised(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertNull(standard.year());
        assertEquals("ASTM F963", standard.canonical());
        assertFalse(standard.isRecognised());
    }

    @ParameterizedTest(name = "\"{0}\" is another standard")
    @CsvSource(delimiter = '|', textBlock = """
            EN 71-1:2014    | EN 71-1:2014
            ISO 8124-1      | ISO 8124-1
            BS EN 71-3      | BS EN 71-3
            16 CFR 1250     | 16 CFR 1250
            GB 6675.1-2014  | GB 6675.1-2014
            en 71-1         | EN 71-1
            EN 71-1:2014+A1:2018 | EN 71-1:2014+A1:2018
            """)
    void otherStandard_readAsOther(String designation, String canonical) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.OTHER, standard.kind());
        assertNull(standard.year());
        assertEquals(canonical, standard.canonical());
        assertTrue(standard.isRecognised());
    }

    @ParameterizedTest(name = "[{index}] no designation")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noDesignation_readAsNone(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.NONE, standard.kind());
        assertNull(standard.canonical());
        assertFalse(standard.isRecognised());
        assertEquals("(none)", standard.text());
    }

    @ParameterizedTest(name = "\"{0}\" cannot be read")
    @ValueSource(strings = {"complies with toy standards", "ASTM", "toy safety (heavy metals)", "F963-XX"})
    void textThatIsNoDesignation_readAsUnreadable(String designation) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.UNREADABLE, standard.kind());
        assertNull(standard.canonical());
        assertFalse(standard.isRecognised());
        assertEquals(designation.trim(), standard.text());
    }

    @Test
    void noBreakSpaceFromAPdf_readsAsASpace() {
        Standard standard = Standard.parse("ASTM\u00a0F963-23");
        assertEquals("ASTM F963-23", standard.canonical());
        assertEquals(2023, standard.year());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASTM F963-23 Section 4.3.5   | ASTM F963-23
            ASTM F963-23 REV 1           | ASTM F963-23
            ASTM F963-23e1               | ASTM F963-23
            ASTM F963-23 + EN 71-1       | ASTM F963-23
            ASTM F963-23/EN 71-1         | ASTM F963-23
            ASTM F963-17, ASTM F963-23   | ASTM F963-23
            ASTM F963-23 / ASTM F963-17  | ASTM F963-23
            ASTM F963 Section 8          | ASTM F963
            """)
    void f963WithTrailingTextOrInAList_keepsItsEdition(String designation, String canonical) {
        Standard standard = Standard.parse(designation);
        assertEquals(Kind.ASTM_F963, standard.kind());
        assertEquals(canonical, standard.canonical());
    }
}
