Feature: Addenda supplement the report they amend
  Labs may issue addenda confirming coverage of the three items, even when the original test
  included them all. An addendum adds to or overrides the results of the report it amends, and it
  counts only when both it and the report it amends would: it must come from the same lab, and the
  report it amends must be in the pack. An addendum that lists no SKUs covers those of the report it amends.
  An addendum that turns its report's FAIL into PASS is no retest: retests.feature says what an officer
  makes of it.

  Background: a robot kit whose report does not state the battery compartment
    Given the lab registry:
      | lab id  | name                         | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo   | ACTIVE | ASTM F963-23;EN 71-1 | 2024-01-01 | 2027-12-31  |
      | LAB-002 | Example Testing Co. Shenzhen | ACTIVE | ASTM F963-23         | 2024-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000300" made on 2026-06-15 at terminal "Meishan"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |

  Rule: An addendum from the issuing lab completes the report it amends

    Scenario: Without an addendum, a report that omits the battery compartment leaves it missing
      Given the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends |
        | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |        |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | battery compartment strength |

    Scenario: An addendum adding the battery compartment PASS lets the line through, though the line names only the report
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings
      And rule "Addendum to a report that applies to the line also applies" decided it

    Scenario: A line naming both the report and its addendum is released
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00017-A1"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: A line naming only the addendum also relies on the report it amends, when that is in the pack
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017-A1"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings
      And rule "Report amended by an addendum that applies to the line also applies" decided it

    Scenario: A chain of addenda completes the report step by step
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends           |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         |             |                              |                  |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              | PASS        |                              | NB-2026-00017    |
        | NB-2026-00017-A2 | third-party lab | LAB-001 | ASTM F963-23 | 2026-05-20 | ROBOT-KIT-01 |              |             | PASS                         | NB-2026-00017-A1 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario Outline: An addendum's <restated> overrides the <stated> of the report it amends
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | <stated>    | PASS                         |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              | <restated>  |                              | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is <outcome>
      And the findings are exactly:
        | code   | sku          | report           | sub-test    |
        | <code> | ROBOT-KIT-01 | NB-2026-00017-A1 | small parts |

      Examples: what the chain says now decides
        | stated         | restated       | outcome             | code                   |
        | NOT_APPLICABLE | FAIL           | STANDARD_INSPECTION | SUBTEST_FAILED         |
        | PASS           | FAIL           | STANDARD_INSPECTION | SUBTEST_FAILED         |
        | PASS           | NOT_APPLICABLE | MANUAL_REVIEW       | SUBTEST_NOT_APPLICABLE |

    Scenario Outline: An addendum's PASS overrides its report's <stated>
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | <stated>    | PASS                         |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              | PASS        |                              | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: results that were no FAIL
        | stated         |
        | NOT_APPLICABLE |
        | NOT_TESTED     |
        | PASS           |

    Scenario: An addendum that marks a sub-test as not tested leaves the report's result standing
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              | NOT_TESTED  |                              | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: An addendum that does not list the line's SKU says nothing about it
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-02 |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report | sub-test                     |
        | SUBTEST_MISSING | ROBOT-KIT-01 |        | battery compartment strength |

  Rule: An addendum that lists no SKUs covers the SKUs of the report it amends

    Scenario: An addendum listing no SKUs completes the report for the SKU the report lists
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 |              |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: An addendum listing no SKUs completes the report for every SKU the report lists
      Given the product lines:
        | sku          | category             | hs code    | batteries | reports       |
        | MICROSCOPE-2 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus                      | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01;MICROSCOPE-2 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 |                           |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And every line goes to GREEN_LANE
      And there are no findings

    Scenario: An addendum listing no SKUs does not extend its report to a SKU the report does not list
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-02 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 |              |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code                      | sku          | report        |
        | REPORT_DOES_NOT_COVER_SKU | ROBOT-KIT-01 | NB-2026-00017 |
        | SUBTEST_MISSING           | ROBOT-KIT-01 |               |

    Scenario: A line naming only the addendum, which lists no SKUs, relies on the report it amends
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017-A1"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 |              |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: An addendum counts only when both it and the report it amends would

    Scenario: An addendum from another lab than the report it amends goes to an officer
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-002 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And the findings are exactly:
        | code                  | sku          | report           | sub-test                     | rule                                                     |
        | ADDENDUM_LAB_MISMATCH |              | NB-2026-00017-A1 |                              | Addendum issued by another lab than the report it amends |
        | SUBTEST_UNVERIFIED    | ROBOT-KIT-01 | NB-2026-00017-A1 | battery compartment strength |                                                          |
      And every finding names a remedy and its rule

    Scenario: An addendum whose report is not in the pack cannot be read on its own
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017-A1"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                    | sku          | report           | sub-test                     | rule                                             |
        | ADDENDUM_PARENT_MISSING |              | NB-2026-00017-A1 |                              | Addendum amends a report that is not in the pack |
        | SUBTEST_UNVERIFIED      | ROBOT-KIT-01 | NB-2026-00017-A1 | heavy metals                 |                                                  |
        | SUBTEST_UNVERIFIED      | ROBOT-KIT-01 | NB-2026-00017-A1 | small parts                  |                                                  |
        | SUBTEST_UNVERIFIED      | ROBOT-KIT-01 | NB-2026-00017-A1 | battery compartment strength |                                                  |
      And every finding names a remedy and its rule

    Scenario: An addendum to an expired report confers nothing, however recent the addendum
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2025-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2025-05-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2025-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | PASS                         | NB-2025-00017 |
      And line "ROBOT-KIT-01" references the reports "NB-2025-00017;NB-2025-00017-A1"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report        | sub-test                     |
        | REPORT_EXPIRED  |              | NB-2025-00017 |                              |
        | SUBTEST_MISSING | ROBOT-KIT-01 |               | heavy metals                 |
        | SUBTEST_MISSING | ROBOT-KIT-01 |               | small parts                  |
        | SUBTEST_MISSING | ROBOT-KIT-01 |               | battery compartment strength |

    Scenario Outline: An addendum from another lab overrides the lab's <result>, and cannot be verified
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | <result>                     |               |
        | NB-2026-00017-A1 | third-party lab | LAB-002 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | <restated>                   | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is <outcome>
      And the findings are exactly:
        | code                  | sku          | report           | sub-test                     |
        | ADDENDUM_LAB_MISMATCH |              | NB-2026-00017-A1 |                              |
        | <code>                | ROBOT-KIT-01 | <report>         | battery compartment strength |

      Examples: what the addendum says now is all the chain says, and it needs an officer
        | result | restated | outcome             | code               | report           |
        | PASS   | PASS     | MANUAL_REVIEW       | SUBTEST_UNVERIFIED | NB-2026-00017-A1 |
        | FAIL   | PASS     | MANUAL_REVIEW       | SUBTEST_UNVERIFIED | NB-2026-00017-A1 |
        | PASS   | FAIL     | STANDARD_INSPECTION | SUBTEST_MISSING    |                  |

    Scenario: Following the remedy of ADDENDUM_LAB_MISMATCH: the issuing lab's own addendum counts
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |                              |               |
        | NB-2026-00017-A1 | third-party lab | LAB-002 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the findings include:
        | code                  | report           | remedy says                                              |
        | ADDENDUM_LAB_MISMATCH | NB-2026-00017-A1 | Ask lab LAB-001 for the addendum to report NB-2026-00017 |
      When report "NB-2026-00017-A1" names lab "LAB-001"
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: Following the remedy of ADDENDUM_PARENT_MISSING: the report, added beside its addendum, counts
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017-A1"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | battery compartment strength | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 | PASS                         | NB-2026-00017 |
      When the declaration is checked
      Then the findings include:
        | code                    | report           | remedy says                                                 |
        | ADDENDUM_PARENT_MISSING | NB-2026-00017-A1 | Add report NB-2026-00017 to the pack alongside its addendum |
      When the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts |
        | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        |
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings
