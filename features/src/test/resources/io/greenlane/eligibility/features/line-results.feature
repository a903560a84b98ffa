Feature: A report that tested several samples speaks for each SKU with that sample's results
  A lab often tests several SKUs of a family in one report and states results per sample. The pack gives
  them as the report's results by SKU (resultsBySku): for a SKU named there, its results replace the report's
  general results sub-test by sub-test; the other SKUs the report covers use the general results. A sample
  marked NOT_TESTED states nothing for that SKU. Results given for a SKU the report does not cover say
  nothing about it, and are no error in the pack.

  Background: a robot kit and a rover tested together in one report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000900" made on 2026-06-15 at terminal "Chuanshan"
    And the product lines:
      | sku           | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01  | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00051 |
      | ROBO-ROVER-02 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00051 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus                       | heavy metals | small parts | battery compartment strength |
      | NB-2026-00051 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01;ROBO-ROVER-02 | PASS         | PASS        | PASS                         |

  Rule: A SKU's own results replace the report's general ones, sub-test by sub-test

    Scenario: The rover's sample failed small parts: the rover goes to standard inspection, the robot kit is released
      Given report "NB-2026-00051" states these results for individual SKUs:
        | sku           | small parts |
        | ROBO-ROVER-02 | FAIL        |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "ROBO-ROVER-02" goes to STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku           | report        | sub-test    | rule                                   |
        | SUBTEST_FAILED | ROBO-ROVER-02 | NB-2026-00051 | small parts | Sub-test failed in a qualifying report |
      And rule "A result stated for the line's SKU speaks for the line" decided it

    Scenario: A SKU's own PASS stands in for a general FAIL
      Given report "NB-2026-00051" states FAIL for small parts
      And report "NB-2026-00051" states these results for individual SKUs:
        | sku           | small parts |
        | ROBO-ROVER-02 | PASS        |
      When the declaration is checked
      Then line "ROBO-ROVER-02" goes to GREEN_LANE
      And line "ROBOT-KIT-01" goes to STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku          | report        | sub-test    |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00051 | small parts |

    Scenario: Results stated only per SKU speak for each SKU named
      Given report "NB-2026-00051" states no result for heavy metals
      And report "NB-2026-00051" states no result for small parts
      And report "NB-2026-00051" states no result for battery compartment strength
      And report "NB-2026-00051" states these results for individual SKUs:
        | sku           | heavy metals | small parts | battery compartment strength |
        | ROBOT-KIT-01  | PASS         | PASS        | PASS                         |
        | ROBO-ROVER-02 | PASS         | PASS        |                              |
      When the declaration is checked
      Then line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "ROBO-ROVER-02" goes to STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku           | report | sub-test                     |
        | SUBTEST_MISSING | ROBO-ROVER-02 |        | battery compartment strength |

    Scenario Outline: A sample stated as <result> for small parts, beside a general PASS
      Given report "NB-2026-00051" states these results for individual SKUs:
        | sku           | small parts |
        | ROBO-ROVER-02 | <result>    |
      When the declaration is checked
      Then line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "ROBO-ROVER-02" goes to <outcome>
      And the findings are exactly:
        | code   | sku           | sub-test    |
        | <code> | ROBO-ROVER-02 | small parts |

      Examples: a sample's own result decides for its SKU
        | result         | outcome             | code                   |
        | FAIL           | STANDARD_INSPECTION | SUBTEST_FAILED         |
        | NOT_APPLICABLE | MANUAL_REVIEW       | SUBTEST_NOT_APPLICABLE |
        | NOT_TESTED     | STANDARD_INSPECTION | SUBTEST_MISSING        |

    Scenario: Results for a SKU the report does not cover say nothing about it
      Given the product lines:
        | sku       | category             | hs code    | batteries | reports       |
        | CIRCUIT-3 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00051 |
      And report "NB-2026-00051" states these results for individual SKUs:
        | sku       | heavy metals | small parts | battery compartment strength |
        | CIRCUIT-3 | PASS         | PASS        | PASS                         |
      When the declaration is checked
      Then line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "ROBO-ROVER-02" goes to GREEN_LANE
      And line "CIRCUIT-3" goes to STANDARD_INSPECTION
      And the findings include:
        | code                      | sku       | report        |
        | REPORT_DOES_NOT_COVER_SKU | CIRCUIT-3 | NB-2026-00051 |
        | SUBTEST_MISSING           | CIRCUIT-3 |               |

  Rule: Per-SKU results settle like any other: retests, addenda and contradictions

    Scenario: A later retest of the failed sample supersedes its FAIL
      Given report "NB-2026-00051" states these results for individual SKUs:
        | sku           | small parts |
        | ROBO-ROVER-02 | FAIL        |
      And line "ROBO-ROVER-02" references the reports "NB-2026-00051;NB-2026-00077"
      And the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus          | small parts |
        | NB-2026-00077 | third-party lab | LAB-001 | ASTM F963-23 | 2026-05-05 | ROBO-ROVER-02 | PASS        |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code            | sku           | report        | sub-test    |
        | FAIL_SUPERSEDED | ROBO-ROVER-02 | NB-2026-00051 | small parts |

    Scenario: An addendum restating the failed sample as PASS goes to an officer
      Given report "NB-2026-00051" states these results for individual SKUs:
        | sku           | small parts |
        | ROBO-ROVER-02 | FAIL        |
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus          | small parts | amends        |
        | NB-2026-00051-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBO-ROVER-02 | PASS        | NB-2026-00051 |
      When the declaration is checked
      Then line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "ROBO-ROVER-02" goes to MANUAL_REVIEW
      And the findings are exactly:
        | code                          | sku           | report           | sub-test    |
        | RESULT_OVERTURNED_BY_ADDENDUM | ROBO-ROVER-02 | NB-2026-00051-A1 | small parts |

  Rule: The pack gives per-SKU results as resultsBySku

    Scenario: A pack whose report states the rover's results by SKU is read and decided
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-2026-000901", "declarationDate": "2026-06-15", "terminal": "Chuanshan",
          "lines": [
            { "sku": "ROBOT-KIT-01", "hsCode": "9503008900", "category": "STEM_EDUCATIONAL_TOY",
              "containsBatteries": true, "reports": ["NB-2026-00051"] },
            { "sku": "ROBO-ROVER-02", "hsCode": "9503008900", "category": "STEM_EDUCATIONAL_TOY",
              "containsBatteries": true, "reports": ["NB-2026-00051"] } ],
          "reports": [
            { "reportNumber": "NB-2026-00051", "issuer": "THIRD_PARTY_LAB", "labId": "LAB-001",
              "standard": "ASTM F963-23", "issueDate": "2026-03-02", "skus": ["ROBOT-KIT-01", "ROBO-ROVER-02"],
              "results": { "HEAVY_METALS": "PASS", "SMALL_PARTS": "PASS", "BATTERY_COMPARTMENT_STRENGTH": "PASS" },
              "resultsBySku": { "ROBO-ROVER-02": { "SMALL_PARTS": "FAIL" } },
              "amends": null } ] }
        """
      Then the outcome is STANDARD_INSPECTION
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And line "ROBO-ROVER-02" goes to STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku           | report        | sub-test    |
        | SUBTEST_FAILED | ROBO-ROVER-02 | NB-2026-00051 | small parts |
