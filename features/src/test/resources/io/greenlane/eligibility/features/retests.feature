Feature: A later retest supersedes a FAIL; contradictions go to an officer
  Immediate release needs unambiguous documents. A FAIL is settled only by a retest: a qualifying report that
  is not an addendum in the failed report's own chain, issued strictly later, stating PASS for the same SKU and
  sub-test. The superseded FAIL is noted (FAIL_SUPERSEDED) and no longer weighs. A FAIL that nothing superseded
  still weighs, even when the report stating it does not count or an addendum has since restated it: beside a
  qualifying PASS it is a contradiction, and an officer looks (RESULTS_CONFLICT,
  RESULT_OVERTURNED_BY_ADDENDUM).

  Background: a robot kit whose first report failed small parts on 2026-02-10
    Given the lab registry:
      | lab id  | name                         | status | accredited for | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo   | ACTIVE | ASTM F963-23   | 2025-01-01 | 2027-12-31  |
      | LAB-002 | Example Testing Co. Shenzhen | ACTIVE | ASTM F963-23   | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000800" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports                 |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017;RT-2026-1 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-02-10 | ROBOT-KIT-01 | PASS         | FAIL        | PASS                         |
      | RT-2026-1     | third-party lab | LAB-002 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 |              | PASS        |                              |

  Rule: A later retest from a qualifying report supersedes a FAIL

    Scenario: The manufacturer corrected the product and an accredited lab retested it months later: released
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And the findings are exactly:
        | code            | sku          | report        | sub-test    | severity | rule                                              | message says |
        | FAIL_SUPERSEDED | ROBOT-KIT-01 | NB-2026-00017 | small parts | INFO     | A FAIL is superseded by a later qualifying retest | RT-2026-1    |
      And every finding is a note that does not change the outcome
      And every finding names a remedy and its rule

    Scenario Outline: A retest issued <when> the failed report is no retest: the FAIL stands
      Given report "RT-2026-1" was issued on <issued>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku          | report        | sub-test    | severity            | rule                                   |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00017 | small parts | STANDARD_INSPECTION | Sub-test failed in a qualifying report |

      Examples: the failed report was issued on 2026-02-10
        | when           | issued     |
        | on the day of  | 2026-02-10 |
        | a month before | 2026-01-10 |

    Scenario: A retest issued the day after the failed report supersedes it
      Given report "RT-2026-1" was issued on 2026-02-11
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code            | sku          | report        | sub-test    |
        | FAIL_SUPERSEDED | ROBOT-KIT-01 | NB-2026-00017 | small parts |

    Scenario Outline: A later PASS from a report that does not count supersedes nothing: <problem>
      Given <change>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code           | sku          | report        | sub-test    |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00017 | small parts |
      And there is no finding "FAIL_SUPERSEDED"

      Examples: retests that do not qualify
        | problem                          | change                                               |
        | the manufacturer's own retest    | report "RT-2026-1" is a manufacturer internal report |
        | a retest from a firewalled lab   | report "RT-2026-1" is a firewalled lab report        |
        | a retest against another edition | report "RT-2026-1" is against "ASTM F963-17"         |
        | a retest from an unknown lab     | report "RT-2026-1" names lab "LAB-404"               |

    Scenario: A later PASS for another sub-test supersedes nothing
      Given report "RT-2026-1" states no result for small parts
      And report "RT-2026-1" states PASS for heavy metals
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code           | sku          | report        | sub-test    |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00017 | small parts |

    Scenario: A later PASS for another SKU supersedes nothing
      Given report "RT-2026-1" lists the SKUs "ROBOT-KIT-02"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code                      | sku          | report        | sub-test    |
        | SUBTEST_FAILED            | ROBOT-KIT-01 | NB-2026-00017 | small parts |
        | REPORT_DOES_NOT_COVER_SKU | ROBOT-KIT-01 | RT-2026-1     |             |
      And there is no finding "FAIL_SUPERSEDED"

    Scenario: Following the remedy of SUBTEST_FAILED: a qualifying retest issued after the FAIL clears it
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017"
      When the declaration is checked
      Then the findings are exactly:
        | code           | sku          | report        | sub-test    | remedy says                              |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00017 | small parts | a qualifying retest report (a new report |
      When line "ROBOT-KIT-01" references the reports "NB-2026-00017;RT-2026-1"
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "SUBTEST_FAILED"

  Rule: An addendum in the failed report's own chain is no retest: turning a FAIL into PASS goes to an officer

    Scenario: The lab's addendum restating its own FAIL as PASS sends the shipment to an officer
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | small parts | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | PASS        | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And the findings are exactly:
        | code                          | sku          | report           | sub-test    | severity      | rule                                                 | message says  |
        | RESULT_OVERTURNED_BY_ADDENDUM | ROBOT-KIT-01 | NB-2026-00017-A1 | small parts | MANUAL_REVIEW | Qualifying PASS beside a FAIL an addendum overturned | NB-2026-00017 |
      And every finding names a remedy and its rule
      And rule "An addendum that restates a FAIL as PASS overturns it" decided it
      And rule "A FAIL no retest superseded still weighs" decided it

    Scenario: An addendum further down the chain that restates the FAIL as PASS overturns it too
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | amends           |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-01 | ROBOT-KIT-01 | PASS         |             | NB-2026-00017    |
        | NB-2026-00017-A2 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 |              | PASS        | NB-2026-00017-A1 |
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                          | sku          | report           | sub-test    |
        | RESULT_OVERTURNED_BY_ADDENDUM | ROBOT-KIT-01 | NB-2026-00017-A2 | small parts |

    Scenario: An addendum that restates the FAIL as FAIL leaves the shipment in standard inspection
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | small parts | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | FAIL        | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code           | sku          | sub-test    |
        | SUBTEST_FAILED | ROBOT-KIT-01 | small parts |
      And there is no finding "RESULT_OVERTURNED_BY_ADDENDUM"

    Scenario: An addendum turning a FAIL into PASS is no contradiction once a later retest superseded the FAIL
      Given the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | small parts | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-01 | ROBOT-KIT-01 | PASS        | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code            | sku          | report        | sub-test    |
        | FAIL_SUPERSEDED | ROBOT-KIT-01 | NB-2026-00017 | small parts |

    Scenario: An addendum that only adds a missing result to a FAIL-free report is no contradiction
      Given report "NB-2026-00017" states no result for small parts
      And line "ROBOT-KIT-01" references the reports "NB-2026-00017"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | small parts | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | PASS        | NB-2026-00017 |
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: Following the remedy of RESULT_OVERTURNED_BY_ADDENDUM: a new report retesting after the FAIL clears it
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00017"
      And the test reports:
        | report           | issuer          | lab     | standard     | issued     | skus         | small parts | amends        |
        | NB-2026-00017-A1 | third-party lab | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | PASS        | NB-2026-00017 |
      When the declaration is checked
      Then the findings include:
        | code                          | report           | remedy says                              |
        | RESULT_OVERTURNED_BY_ADDENDUM | NB-2026-00017-A1 | a qualifying retest report (a new report |
      When line "ROBOT-KIT-01" references the reports "NB-2026-00017;RT-2026-1"
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "RESULT_OVERTURNED_BY_ADDENDUM"

  Rule: A FAIL in a report that does not count, beside a qualifying PASS, goes to an officer

    Background: a qualifying report passing all three items, issued on 2026-03-02
      Given line "ROBOT-KIT-01" references the reports "NB-2026-00031;FW-2026-0009"
      And the test reports:
        | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
        | NB-2026-00031 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |
        | FW-2026-0009  | firewalled lab  | LAB-001 | ASTM F963-23 | 2026-04-20 | ROBOT-KIT-01 | FAIL         |             |                              |

    Scenario: A firewalled lab's later FAIL contradicts the independent lab's PASS: an officer looks
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And the findings are exactly:
        | code                       | sku          | report       | sub-test     | severity      | rule                                                                   |
        | RESULTS_CONFLICT           | ROBOT-KIT-01 | FW-2026-0009 | heavy metals | MANUAL_REVIEW | Qualifying PASS contradicted by a FAIL in a report that does not count |
        | REPORT_FROM_FIREWALLED_LAB |              | FW-2026-0009 |              | INFO          |                                                                        |
      And every finding names a remedy and its rule

    Scenario Outline: A FAIL from <source> contradicts a qualifying PASS, whether it is unverifiable or disqualified
      Given report "FW-2026-0009" is a <issuer> report
      And report "FW-2026-0009" is against "<standard>"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings include:
        | code             | sku          | report       | sub-test     |
        | RESULTS_CONFLICT | ROBOT-KIT-01 | FW-2026-0009 | heavy metals |
        | <code>           |              | FW-2026-0009 |              |

      Examples: reports that do not count
        | source                           | issuer                | standard     | code                          |
        | the manufacturer's own lab       | manufacturer internal | ASTM F963-23 | REPORT_NOT_THIRD_PARTY        |
        | a self-declaration               | self-declaration      | ASTM F963-23 | REPORT_NOT_THIRD_PARTY        |
        | a report against F963-17         | third-party lab       | ASTM F963-17 | STANDARD_VERSION_NOT_ACCEPTED |
        | a report naming only 16 CFR 1250 | third-party lab       | 16 CFR 1250  | STANDARD_UNRECOGNISED         |

    Scenario: The qualifying PASS was issued after the FAIL: it is a retest and supersedes it
      Given report "FW-2026-0009" was issued on 2026-01-15
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code                       | sku          | report       | sub-test     |
        | FAIL_SUPERSEDED            | ROBOT-KIT-01 | FW-2026-0009 | heavy metals |
        | REPORT_FROM_FIREWALLED_LAB |              | FW-2026-0009 |              |
        | REPORT_IGNORED             | ROBOT-KIT-01 | FW-2026-0009 |              |

    Scenario: A report that does not count and states no FAIL contradicts nothing
      Given report "FW-2026-0009" states PASS for heavy metals
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And the findings are exactly:
        | code                       | sku          | report       |
        | REPORT_FROM_FIREWALLED_LAB |              | FW-2026-0009 |
        | REPORT_IGNORED             | ROBOT-KIT-01 | FW-2026-0009 |

    Scenario: A qualifying FAIL beside it is no contradiction to review: the shipment reverts to standard inspection
      Given report "NB-2026-00031" states FAIL for heavy metals
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code           | sku          | report        | sub-test     |
        | SUBTEST_FAILED | ROBOT-KIT-01 | NB-2026-00031 | heavy metals |
      And there is no finding "RESULTS_CONFLICT"

    Scenario: Following the remedy of RESULTS_CONFLICT: a qualifying retest issued after the FAIL clears it
      When the declaration is checked
      Then the findings include:
        | code             | report       | remedy says                                          |
        | RESULTS_CONFLICT | FW-2026-0009 | a qualifying retest report issued after FW-2026-0009 |
      When line "ROBOT-KIT-01" references the reports "NB-2026-00031;FW-2026-0009;RT-2026-1"
      And report "RT-2026-1" states PASS for heavy metals
      And report "RT-2026-1" was issued on 2026-05-10
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "RESULTS_CONFLICT"
      And the findings include:
        | code            | sku          | report       | sub-test     |
        | FAIL_SUPERSEDED | ROBOT-KIT-01 | FW-2026-0009 | heavy metals |
