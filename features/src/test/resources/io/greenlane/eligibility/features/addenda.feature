Feature: Addenda supplement the report they amend
  Labs may issue addenda confirming coverage of the three items, even when the original test
  included them all. An addendum adds to or overrides the results of the report it amends, and it
  counts only when both it and the report it amends would: it must come from the same lab, and the
  report it amends must be in the pack.

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

    Scenario: An addendum's result overrides the one in the report it amends
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | FAIL        | PASS                         |               |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              | PASS        |                              | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "SUBTEST_FAILED"

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

    Scenario Outline: An addendum from another lab cannot overturn the lab's own <result>
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00017    | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | <result>                     |               |
        | NB-2026-00017-A1 | third-party lab | LAB-002 | ASTM F963-23 | 2026-04-10 | ROBOT-KIT-01 |              |             | <restated>                   | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is <outcome>
      And the findings include:
        | code                  | sku | report           |
        | ADDENDUM_LAB_MISMATCH |     | NB-2026-00017-A1 |
      And there is no finding "SUBTEST_UNVERIFIED"

      Examples: the qualifying report's result stands
        | result | restated | outcome             |
        | PASS   | PASS     | GREEN_LANE          |
        | PASS   | FAIL     | GREEN_LANE          |
        | FAIL   | PASS     | STANDARD_INSPECTION |
