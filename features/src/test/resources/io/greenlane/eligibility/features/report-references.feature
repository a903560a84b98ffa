Feature: Each line relies on reports in the pack that cover its SKU
  Exporters keep valid reports per SKU family and name, on each line, the reports it relies on. A
  report speaks only for the SKUs it lists (or an addendum of the lab's adds). A line that names a report the
  pack does not contain is an incomplete submission, which the announcement sends to manual review: its
  sub-tests are then not called missing, since the missing report may well state them.

  Background: two STEM toys with their own reports
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000200" made on 2026-06-15 at terminal "Chuanshan"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
      | MICROSCOPE-2 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00018 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      | NB-2026-00018 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-09 | MICROSCOPE-2 | PASS         | PASS        | PASS                         |

  Scenario: Each line relying on its own complete report is released
    When the declaration is checked
    Then the outcome is GREEN_LANE
    And every line goes to GREEN_LANE
    And there are no findings

  Rule: Every report a line names must be in the pack; a missing one sends the line to an officer

    Scenario: A line naming a report that is missing from the pack goes to an officer, even with full coverage
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00099"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And line "MICROSCOPE-2" goes to GREEN_LANE
      And the findings are exactly:
        | code                        | sku          | report        | severity      | rule                                             |
        | REPORT_REFERENCE_UNRESOLVED | ROBOT-KIT-01 | NB-2026-00099 | MANUAL_REVIEW | Line references a report that is not in the pack |
      And every finding names a remedy and its rule

    Scenario: A line whose only report is missing from the pack goes to an officer, not to standard inspection
      Given report "NB-2026-00017" is left out of the pack
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And line "MICROSCOPE-2" goes to GREEN_LANE
      And the findings are exactly:
        | code                        | sku          | report        | severity      |
        | REPORT_REFERENCE_UNRESOLVED | ROBOT-KIT-01 | NB-2026-00017 | MANUAL_REVIEW |
      And there is no finding "SUBTEST_MISSING"

    Scenario: A missing report beside a report that leaves an item unstated: the item is not called missing
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00099"
      And report "NB-2026-00017" states no result for battery compartment strength
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                        | sku          | report        |
        | REPORT_REFERENCE_UNRESOLVED | ROBOT-KIT-01 | NB-2026-00099 |

    Scenario: A missing report does not hide a FAIL the reports in the pack state
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00099"
      And report "NB-2026-00017" states FAIL for small parts
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                        | sku          | report        | sub-test    |
        | REPORT_REFERENCE_UNRESOLVED | ROBOT-KIT-01 | NB-2026-00099 |             |
        | SUBTEST_FAILED              | ROBOT-KIT-01 | NB-2026-00017 | small parts |

    Scenario: A missing report does not hide a PASS that only an unverifiable report states
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00099"
      And report "NB-2026-00017" names lab "LAB-404"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings include:
        | code                        | sku          | report        | sub-test     |
        | REPORT_REFERENCE_UNRESOLVED | ROBOT-KIT-01 | NB-2026-00099 |              |
        | LAB_NOT_RECOGNISED          |              | NB-2026-00017 |              |
        | SUBTEST_UNVERIFIED          | ROBOT-KIT-01 | NB-2026-00017 | heavy metals |
      And there is no finding "SUBTEST_MISSING"

    Scenario: The same line with every report it names in the pack, but one silent on an item, has the item missing
      Given report "NB-2026-00017" states no result for battery compartment strength
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | battery compartment strength |

    Scenario: Following the remedy of REPORT_REFERENCE_UNRESOLVED: the report, added to the pack, settles the line
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00099"
      When the declaration is checked
      Then the findings include:
        | code                        | report        | remedy says                          |
        | REPORT_REFERENCE_UNRESOLVED | NB-2026-00099 | Add report NB-2026-00099 to the pack |
      When the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | NB-2026-00099 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-01 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: A report speaks only for the SKUs it lists, or its lab's addendum adds

    Scenario: A line relying on another SKU's report has none of the three items
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00018"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And line "ROBOT-KIT-01" goes to STANDARD_INSPECTION
      And line "MICROSCOPE-2" goes to GREEN_LANE
      And the findings are exactly:
        | code                      | sku          | report        | sub-test                     | severity            | rule                                            |
        | REPORT_DOES_NOT_COVER_SKU | ROBOT-KIT-01 | NB-2026-00018 |                              | INFO                | Referenced report does not cover the line's SKU |
        | SUBTEST_MISSING           | ROBOT-KIT-01 |               | heavy metals                 | STANDARD_INSPECTION | Sub-test not stated by any qualifying report    |
        | SUBTEST_MISSING           | ROBOT-KIT-01 |               | small parts                  | STANDARD_INSPECTION |                                                 |
        | SUBTEST_MISSING           | ROBOT-KIT-01 |               | battery compartment strength | STANDARD_INSPECTION |                                                 |
      And every finding names a remedy and its rule

    Scenario: A report not covering one line still counts for the line it covers
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00018"
      When the declaration is checked
      Then line "MICROSCOPE-2" goes to GREEN_LANE
      And line "MICROSCOPE-2" has no finding "SUBTEST_MISSING"

    Scenario: One report listing several SKUs serves each of their lines
      Given report "NB-2026-00017" lists the SKUs "ROBOT-KIT-01;MICROSCOPE-2"
      And line "MICROSCOPE-2" references the reports "NB-2026-00017"
      And report "NB-2026-00018" is left out of the pack
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And every line goes to GREEN_LANE
      And there are no findings

    Scenario: Following the remedy of REPORT_DOES_NOT_COVER_SKU: the lab's addendum adding the SKU clears it
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00018"
      When the declaration is checked
      Then the findings include:
        | code                      | sku          | report        | remedy says                                                            |
        | REPORT_DOES_NOT_COVER_SKU | ROBOT-KIT-01 | NB-2026-00018 | ask it for an addendum to report NB-2026-00018 adding SKU ROBOT-KIT-01 |
      When the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | amends        |
        | NB-2026-00018-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-01 | ROBOT-KIT-01 | NB-2026-00018 |
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And every line goes to GREEN_LANE
      And there are no findings
      And rule "Referenced report extended to the SKU by its addendum applies to the line" decided it

    Scenario: A report in the pack that the line does not name does not count for it
      Given line "ROBOT-KIT-01" references no report
      And report "NB-2026-00018" lists the SKUs "ROBOT-KIT-01;MICROSCOPE-2"
      When the declaration is checked
      Then line "ROBOT-KIT-01" goes to STANDARD_INSPECTION
      And the findings include:
        | code            | sku          | report | sub-test     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | heavy metals |
