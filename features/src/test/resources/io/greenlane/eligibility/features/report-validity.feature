Feature: A report must be current on the declaration date
  The lane asks for valid reports, and exporters keep a rolling inventory of them. The announcement
  sets no age; rule set 2026-05-04 counts a report for 12 months from its issue date, mirroring the
  annual periodic testing of children's products. Ages are measured to the declaration date, never
  to the day the check happens to run. A report dated after the declaration cannot support it.

  Background: a robot kit declared on 2026-06-15 with a complete ASTM F963-23 report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2024-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000123" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |

  Rule: A report counts up to and including 12 months after its issue date

    Scenario Outline: A report issued <age> before the declaration counts
      Given report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: current reports, declaration dated 2026-06-15
        | age                   | issued     |
        | exactly 12 months     | 2025-06-15 |
        | 12 months less a day  | 2025-06-16 |
        | six months            | 2025-12-15 |
        | no time: the same day | 2026-06-15 |

    Scenario Outline: A report issued <age> before the declaration has expired and confers nothing
      Given report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code            | sku          | report        | sub-test                     | rule                                     |
        | REPORT_EXPIRED  |              | NB-2026-00017 |                              | Report older than the maximum report age |
        | SUBTEST_MISSING | ROBOT-KIT-01 |               | heavy metals                 |                                          |
        | SUBTEST_MISSING | ROBOT-KIT-01 |               | small parts                  |                                          |
        | SUBTEST_MISSING | ROBOT-KIT-01 |               | battery compartment strength |                                          |
      And every finding names a remedy and its rule

      Examples: expired reports, declaration dated 2026-06-15
        | age                 | issued     |
        | 12 months and a day | 2025-06-14 |
        | two years           | 2024-06-15 |

    Scenario: Following the remedy of REPORT_EXPIRED: a new report from the periodic retest counts
      Given report "NB-2026-00017" was issued on 2025-06-14
      When the declaration is checked
      Then the findings include:
        | code           | report        | remedy says                                 |
        | REPORT_EXPIRED | NB-2026-00017 | Have the product retested to ASTM F963-23   |
        | REPORT_EXPIRED | NB-2026-00017 | an addendum cannot extend an expired report |
      And no remedy says "for an addendum"
      When line "ROBOT-KIT-01" references the reports "NB-2026-00017;NB-2026-00140"
      And the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | NB-2026-00140 | third-party lab | LAB-001 | ASTM F963-23 | 2026-06-01 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code           | sku          | report        |
        | REPORT_EXPIRED |              | NB-2026-00017 |
        | REPORT_IGNORED | ROBOT-KIT-01 | NB-2026-00017 |
      And every finding is a note that does not change the outcome

    Scenario: The age is measured to the declaration date, not to today
      Given the declaration is made on 2027-03-01
      And report "NB-2026-00017" was issued on 2026-03-01
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: A report cannot be dated after the declaration it supports

    Scenario: A report dated on the declaration date counts
      Given report "NB-2026-00017" was issued on 2026-06-15
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "REPORT_DATED_AFTER_DECLARATION"

    Scenario Outline: A report dated <when> the declaration goes to an officer
      Given report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                           | sku          | report        | sub-test                     | rule                               |
        | REPORT_DATED_AFTER_DECLARATION |              | NB-2026-00017 |                              | Report dated after the declaration |
        | SUBTEST_UNVERIFIED             | ROBOT-KIT-01 | NB-2026-00017 | heavy metals                 |                                    |
        | SUBTEST_UNVERIFIED             | ROBOT-KIT-01 | NB-2026-00017 | small parts                  |                                    |
        | SUBTEST_UNVERIFIED             | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength |                                    |
      And every finding names a remedy and its rule

      Examples: after the declaration dated 2026-06-15
        | when          | issued     |
        | the day after | 2026-06-16 |
        | a month after | 2026-07-15 |

    Scenario: Following the remedy of REPORT_DATED_AFTER_DECLARATION: the mistyped date, corrected, counts
      Given report "NB-2026-00017" was issued on 2026-07-15
      When the declaration is checked
      Then the findings include:
        | code                           | report        | remedy says                   |
        | REPORT_DATED_AFTER_DECLARATION | NB-2026-00017 | correct whichever is mistyped |
      When report "NB-2026-00017" was issued on 2026-05-15
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings
