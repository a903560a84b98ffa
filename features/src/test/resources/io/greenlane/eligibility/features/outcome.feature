Feature: The most severe finding decides, and every decision explains itself
  A declaration is released on declaration only when nothing stands in the way. Its outcome is the
  most severe of its findings: STANDARD_INSPECTION over MANUAL_REVIEW over GREEN_LANE; notes (INFO)
  never change it. Each line gets its own outcome from its own findings and the declaration's, so an
  exporter sees which lines hold the shipment back. Every decision names the rule set, with a digest
  of what decides, and every finding names its rule and a remedy. The announced 2.3 days saved is an expected
  average, never a promise for one shipment.

  Background: three STEM toys, each with a complete, valid report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000500" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | description            | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | Programmable robot kit | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
      | MICROSCOPE-2 | Children's microscope  | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00018 |
      | CIRCUIT-3    | Snap circuit set       | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00019 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      | NB-2026-00018 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-09 | MICROSCOPE-2 | PASS         | PASS        | PASS                         |
      | NB-2026-00019 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-16 | CIRCUIT-3    | PASS         | PASS        | PASS                         |

  Rule: The most severe finding decides the declaration; each line has its own outcome

    Scenario: With nothing against it, every line and the declaration are released
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And every line goes to GREEN_LANE
      And there are no findings
      And rule "Declaration released through the green lane" decided it
      And rule "Line released through the green lane" decided it
      And the decision in plain words says "2.3 days"
      And the decision in plain words says "an expected average, not a promise"

    Scenario: One line for manual review holds back the declaration, not the other lines
      Given line "MICROSCOPE-2" is declared under HS code "9013100000"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "MICROSCOPE-2" goes to MANUAL_REVIEW
      And line "CIRCUIT-3" goes to GREEN_LANE
      And rule "Declaration goes to manual review" decided it
      And rule "Line goes to manual review" decided it

    Scenario: Standard inspection outweighs manual review
      Given line "MICROSCOPE-2" is declared under HS code "9013100000"
      And report "NB-2026-00019" states FAIL for heavy metals
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "MICROSCOPE-2" goes to MANUAL_REVIEW
      And line "CIRCUIT-3" goes to STANDARD_INSPECTION
      And the findings are exactly:
        | code             | sku          | report        | severity            |
        | HS_CODE_MISMATCH | MICROSCOPE-2 |               | MANUAL_REVIEW       |
        | SUBTEST_FAILED   | CIRCUIT-3    | NB-2026-00019 | STANDARD_INSPECTION |
      And rule "Declaration goes to standard inspection" decided it
      And rule "Line goes to standard inspection" decided it

    Scenario: A line with findings of both severities goes to standard inspection
      Given line "CIRCUIT-3" is declared under HS code "8543700000"
      And report "NB-2026-00019" states no result for small parts
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And line "CIRCUIT-3" goes to STANDARD_INSPECTION
      And line "ROBOT-KIT-01" goes to GREEN_LANE

    Scenario: A line of another product sends the declaration to standard inspection, while the STEM toys stay clear
      Given line "CIRCUIT-3" is declared in category "GENERAL_TOY"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "MICROSCOPE-2" goes to GREEN_LANE
      And line "CIRCUIT-3" goes to STANDARD_INSPECTION

    Scenario Outline: A finding about the whole declaration weighs on every line
      Given <change>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And every line goes to STANDARD_INSPECTION
      And the findings include:
        | code   | sku | report |
        | <code> |     |        |

      Examples: declaration findings
        | change                                        | code                 |
        | the declaration is made at terminal "Zhenhai" | TERMINAL_NOT_COVERED |
        | the declaration is made on 2026-05-03         | LANE_NOT_IN_FORCE    |

  Rule: Notes never change the outcome

    Scenario: Reports that do not count, beside complete valid ones, leave the shipment in the green lane
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;QC-2026-0042"
      And line "MICROSCOPE-2" references the reports "NB-2026-00018;NB-2026-00019"
      And the test reports:
        | report       | issuer                | lab | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | QC-2026-0042 | manufacturer internal |     | ASTM F963-23 | 2026-02-01 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And every line goes to GREEN_LANE
      And the findings are exactly:
        | code                      | sku          | report        | severity |
        | REPORT_IGNORED            | ROBOT-KIT-01 | QC-2026-0042  | INFO     |
        | REPORT_DOES_NOT_COVER_SKU | MICROSCOPE-2 | NB-2026-00019 | INFO     |
        | REPORT_IGNORED            | MICROSCOPE-2 | NB-2026-00019 | INFO     |
        | REPORT_NOT_THIRD_PARTY    |              | QC-2026-0042  | INFO     |
      And every finding is a note that does not change the outcome

    Scenario: A report finding alone is a note; the line finding it causes decides
      Given report "NB-2026-00018" is against "ASTM F963-17"
      When the declaration is checked
      Then line "MICROSCOPE-2" goes to STANDARD_INSPECTION
      And the findings include:
        | code                          | sku          | report        | severity            |
        | STANDARD_VERSION_NOT_ACCEPTED |              | NB-2026-00018 | INFO                |
        | SUBTEST_MISSING               | MICROSCOPE-2 |               | STANDARD_INSPECTION |

  Rule: Every decision names its rule set, and every finding its rule and a remedy

    Scenario: A decision with many findings explains each of them
      Given the declaration is made at terminal "Daxie"
      And line "ROBOT-KIT-01" declares no HS code
      And report "NB-2026-00018" is a self-declaration report
      And report "NB-2026-00019" names lab "LAB-404"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And every finding names a remedy and its rule
      And the decision names rule set "2026-05-04" with a sha256 digest

    Scenario: A declaration can be checked with a rule set pinned by id
      When the declaration is checked with rule set "2026-05-04"
      Then the outcome is GREEN_LANE
      And the decision names rule set "2026-05-04" with a sha256 digest

    Scenario: Checking with a rule set that does not exist is refused rather than guessed
      Then checking it with rule set "2099-01-01" is refused
