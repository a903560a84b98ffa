Feature: Reports must state a discrete PASS for heavy metals, small parts and battery compartment strength
  ASTM F963-23 compliance alone is insufficient: reports must clearly state results for heavy metals,
  small parts and battery compartment strength as discrete pass/fail assessments. For each line and
  each of the three items, over the reports the line relies on that cover its SKU:
    1. a qualifying report states a FAIL no later retest superseded -> SUBTEST_FAILED, standard inspection
    2. else a qualifying report states PASS                          -> settled, unless the documents
       contradict it (RESULTS_CONFLICT, RESULT_OVERTURNED_BY_ADDENDUM: see retests.feature)
    3. else a report that cannot be verified says PASS              -> SUBTEST_UNVERIFIED, manual review
    4. else a qualifying report says NOT_APPLICABLE                  -> SUBTEST_NOT_APPLICABLE, manual review
    5. else, if the line names a report missing from the pack      -> nothing more: the line's
       REPORT_REFERENCE_UNRESOLVED sends it to an officer (see report-references.feature)
    6. else                                                          -> SUBTEST_MISSING, standard inspection
  SUBTEST_MISSING names each report the line relies on and why it did not settle the item; its remedy asks
  for an addendum only where one can help.

  Background: a battery-powered robot kit with a complete, valid ASTM F963-23 report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000400" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |

  Scenario: Three discrete PASS results in one valid report release the shipment
    When the declaration is checked
    Then the outcome is GREEN_LANE
    And line "ROBOT-KIT-01" goes to GREEN_LANE
    And there are no findings
    And rule "Line released through the green lane" decided it

  Rule: A FAIL in a qualifying report reverts the line to standard inspection

    Scenario Outline: A report stating FAIL for <sub-test> reverts the shipment to standard inspection
      Given report "NB-2026-00017" states FAIL for <sub-test>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku          | report        | sub-test   | severity            | rule                                   |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00017 | <sub-test> | STANDARD_INSPECTION | Sub-test failed in a qualifying report |
      And every finding names a remedy and its rule

      Examples: each of the three items
        | sub-test                     |
        | heavy metals                 |
        | small parts                  |
        | battery compartment strength |

    Scenario: A FAIL in one qualifying report outweighs a PASS in another
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00031"
      And the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | NB-2026-00031 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | FAIL         |             |                              |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku          | report        | sub-test     |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00031 | heavy metals |

  Rule: Each item must be stated; an overall compliance statement is not enough

    Scenario Outline: A report that does not state <sub-test> reverts the shipment to standard inspection
      Given report "NB-2026-00017" states no result for <sub-test>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test   | severity            | rule                                         |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | <sub-test> | STANDARD_INSPECTION | Sub-test not stated by any qualifying report |

      Examples: each of the three items
        | sub-test                     |
        | heavy metals                 |
        | small parts                  |
        | battery compartment strength |

    Scenario Outline: A report that marks <sub-test> as not tested has not stated it, so it is missing
      Given report "NB-2026-00017" states NOT_TESTED for <sub-test>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test   |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | <sub-test> |

      Examples: each of the three items
        | sub-test                     |
        | heavy metals                 |
        | small parts                  |
        | battery compartment strength |

    Scenario: A report that only says the product complies with ASTM F963-23 states none of the three items
      Given report "NB-2026-00017" states no result for heavy metals
      And report "NB-2026-00017" states no result for small parts
      And report "NB-2026-00017" states no result for battery compartment strength
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | heavy metals                 |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | small parts                  |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | battery compartment strength |

    Scenario: The missing item names each report the line relies on and why it did not settle it
      Given report "NB-2026-00017" states no result for battery compartment strength
      And line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2025-00004"
      And the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | battery compartment strength |
        | NB-2025-00004 | third-party lab | LAB-001 | ASTM F963-23 | 2025-05-04 | ROBOT-KIT-01 | PASS                         |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code            | sku          | sub-test                     | message says                                                         |
        | SUBTEST_MISSING | ROBOT-KIT-01 | battery compartment strength | report NB-2026-00017 does not state battery compartment strength     |
        | SUBTEST_MISSING | ROBOT-KIT-01 | battery compartment strength | report NB-2025-00004 states PASS but does not count (REPORT_EXPIRED) |

    Scenario: Following the remedy of SUBTEST_MISSING: the lab's addendum states the item the report left out
      Given report "NB-2026-00017" states no result for battery compartment strength
      When the declaration is checked
      Then the findings are exactly:
        | code            | sku          | sub-test                     | remedy says                                                            |
        | SUBTEST_MISSING | ROBOT-KIT-01 | battery compartment strength | ask the lab for an addendum to report NB-2026-00017 stating its result |
      When the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | battery compartment strength | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 | PASS                         | NB-2026-00017 |
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: Where no report counts, the remedy asks for a new report: an addendum cannot make them count
      Given report "NB-2026-00017" is a self-declaration report
      When the declaration is checked
      Then the findings include:
        | code            | sku          | sub-test     | remedy says                                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 | heavy metals | tested for heavy metals to ASTM F963-23         |
        | SUBTEST_MISSING | ROBOT-KIT-01 | heavy metals | an addendum cannot make the reports above count |
      And no remedy says "for an addendum to report"

    Scenario: A line that relies on no report has none of the three items
      Given line "ROBOT-KIT-01" references no report
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | heavy metals                 |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | small parts                  |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | battery compartment strength |

  Rule: A PASS that only an unverifiable report states goes to an officer

    Scenario: A battery compartment PASS that only a firewalled lab states sends the shipment to an officer
      Given report "NB-2026-00017" states no result for battery compartment strength
      And line "ROBOT-KIT-01" references the reports "NB-2026-00017;FW-2026-0009"
      And the test reports:
        | report       | issuer         | lab     | standard     | issued     | skus         | battery compartment strength |
        | FW-2026-0009 | firewalled lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | PASS                         |
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                       | sku          | report       | sub-test                     | severity      | rule                                           |
        | REPORT_FROM_FIREWALLED_LAB |              | FW-2026-0009 |                              | INFO          |                                                |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | FW-2026-0009 | battery compartment strength | MANUAL_REVIEW | Sub-test passed only in an unverifiable report |

    Scenario: An unverifiable FAIL beside no other statement leaves the item missing
      Given report "NB-2026-00017" is a firewalled lab report
      And report "NB-2026-00017" states FAIL for small parts
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | sku          | report        | sub-test     |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | small parts  |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | heavy metals |
      And there is no finding "SUBTEST_FAILED"

  Rule: "Not applicable" is for an officer to confirm

    Scenario Outline: The battery compartment stated as not applicable to a toy <declared> goes to an officer
      Given line "ROBOT-KIT-01" <declaration>
      And report "NB-2026-00017" states NOT_APPLICABLE for battery compartment strength
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                   | sku          | report        | sub-test                     | severity      | rule   |
        | SUBTEST_NOT_APPLICABLE | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength | MANUAL_REVIEW | <rule> |
      And every finding names a remedy and its rule

      Examples: the toy's declared batteries
        | declared                          | declaration                                | rule                                                                   |
        | without batteries                 | is declared without batteries              | Battery compartment not applicable to a toy declared without batteries |
        | with batteries                    | is declared with batteries                 | Sub-test stated only as not applicable                                 |
        | that does not say about batteries | does not say whether it contains batteries | Sub-test stated only as not applicable                                 |

    Scenario: For a toy declared without batteries, the remedy asks the officer to confirm, never the lab for a PASS
      Given line "ROBOT-KIT-01" is declared without batteries
      And report "NB-2026-00017" states NOT_APPLICABLE for battery compartment strength
      When the declaration is checked
      Then the findings are exactly:
        | code                   | sku          | sub-test                     | remedy says                                                               |
        | SUBTEST_NOT_APPLICABLE | ROBOT-KIT-01 | battery compartment strength | Expect an officer to confirm that ROBOT-KIT-01 has no battery compartment |
      And no remedy says "PASS"

    Scenario: For a toy declared with batteries, "not applicable" asks the lab to test the battery compartment
      Given line "ROBOT-KIT-01" is declared with batteries
      And report "NB-2026-00017" states NOT_APPLICABLE for battery compartment strength
      When the declaration is checked
      Then the findings are exactly:
        | code                   | sku          | sub-test                     | message says                         | remedy says                                      |
        | SUBTEST_NOT_APPLICABLE | ROBOT-KIT-01 | battery compartment strength | although the line declares batteries | ask the lab to test battery compartment strength |

    Scenario: A toy without batteries whose report is silent on the battery compartment: the lab states it explicitly, never as PASS
      Given line "ROBOT-KIT-01" is declared without batteries
      And report "NB-2026-00017" states no result for battery compartment strength
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | sub-test                     | remedy says                                             |
        | SUBTEST_MISSING | ROBOT-KIT-01 | battery compartment strength | NOT_APPLICABLE where the toy has no battery compartment |
      And no remedy says "as PASS"
      When the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | battery compartment strength | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 | NOT_APPLICABLE               | NB-2026-00017 |
      And the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                   | sku          | report           | sub-test                     |
        | SUBTEST_NOT_APPLICABLE | ROBOT-KIT-01 | NB-2026-00017-A1 | battery compartment strength |

    Scenario: Small parts stated as not applicable goes to an officer
      Given report "NB-2026-00017" states NOT_APPLICABLE for small parts
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                   | sku          | report        | sub-test    | rule                                   |
        | SUBTEST_NOT_APPLICABLE | ROBOT-KIT-01 | NB-2026-00017 | small parts | Sub-test stated only as not applicable |

    Scenario: A toy without batteries is released when the lab states the battery compartment as PASS
      Given line "ROBOT-KIT-01" is declared without batteries
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: A PASS from an unverifiable report comes before a qualifying "not applicable"
      Given line "ROBOT-KIT-01" is declared without batteries
      And report "NB-2026-00017" states NOT_APPLICABLE for battery compartment strength
      And line "ROBOT-KIT-01" references the reports "NB-2026-00017;FW-2026-0009"
      And the test reports:
        | report       | issuer         | lab     | standard     | issued     | skus         | battery compartment strength |
        | FW-2026-0009 | firewalled lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | PASS                         |
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings include:
        | code               | sku          | report       | sub-test                     |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | FW-2026-0009 | battery compartment strength |
      And there is no finding "SUBTEST_NOT_APPLICABLE"

  Rule: Several reports may settle a line together

    Scenario: A chemistry report and a mechanical report together state all three items
      Given line "ROBOT-KIT-01" references the reports "CHEM-2026-0101;MECH-2026-0202"
      And report "NB-2026-00017" is left out of the pack
      And the test reports:
        | report         | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | CHEM-2026-0101 | third-party lab | LAB-001 | ASTM F963-23 | 2026-02-10 | ROBOT-KIT-01 | PASS         |             |                              |
        | MECH-2026-0202 | third-party lab | LAB-001 | ASTM F963-23 | 2026-02-24 | ROBOT-KIT-01 |              | PASS        | PASS                         |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: Two reports that together still leave an item unstated revert the shipment to standard inspection
      Given line "ROBOT-KIT-01" references the reports "CHEM-2026-0101;MECH-2026-0202"
      And report "NB-2026-00017" is left out of the pack
      And the test reports:
        | report         | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | CHEM-2026-0101 | third-party lab | LAB-001 | ASTM F963-23 | 2026-02-10 | ROBOT-KIT-01 | PASS         |             |                              |
        | MECH-2026-0202 | third-party lab | LAB-001 | ASTM F963-23 | 2026-02-24 | ROBOT-KIT-01 |              | PASS        |                              |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | battery compartment strength |

  Rule: A report that does not count is only noted when other reports already state all three items

    Scenario: A self-declaration beside a complete valid report is noted and ignored
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;SD-2026-0001"
      And the test reports:
        | report       | issuer           | lab | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | SD-2026-0001 | self-declaration |     | ASTM F963-23 | 2026-01-05 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And the findings are exactly:
        | code                   | sku          | report       | severity | rule                                                     |
        | REPORT_NOT_THIRD_PARTY |              | SD-2026-0001 | INFO     |                                                          |
        | REPORT_IGNORED         | ROBOT-KIT-01 | SD-2026-0001 | INFO     | Non-qualifying report ignored beside full valid coverage |
      And every finding is a note that does not change the outcome
      And every finding names a remedy and its rule

    Scenario: A report for another SKU beside a complete valid report is noted and ignored
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00018"
      And the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | NB-2026-00018 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-09 | MICROSCOPE-2 | PASS         | PASS        | PASS                         |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code                      | sku          | report        |
        | REPORT_DOES_NOT_COVER_SKU | ROBOT-KIT-01 | NB-2026-00018 |
        | REPORT_IGNORED            | ROBOT-KIT-01 | NB-2026-00018 |

    Scenario: A report that does not count is not merely noted while an item is still missing
      Given report "NB-2026-00017" states no result for battery compartment strength
      And line "ROBOT-KIT-01" references the reports "NB-2026-00017;SD-2026-0001"
      And the test reports:
        | report       | issuer           | lab | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | SD-2026-0001 | self-declaration |     | ASTM F963-23 | 2026-01-05 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And there is no finding "REPORT_IGNORED"
      And the findings include:
        | code                   | sku          | report       | sub-test                     |
        | REPORT_NOT_THIRD_PARTY |              | SD-2026-0001 |                              |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |              | battery compartment strength |
