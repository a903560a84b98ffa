Feature: Only reports from accredited, independent third-party labs count
  The lane asks for valid third-party test reports. Internal test data and manufacturers'
  self-declarations confer nothing. The operator's lab registry (never the exporter's pack) says
  which labs are recognised, whether they are active, what they are accredited for and when; a lab's
  accreditation is judged on the day the report was issued. A manufacturer-owned lab that the US CPSC
  accepts as firewalled is not independent, so an officer decides about its reports.

  Background: a robot kit with a complete ASTM F963-23 report, and the operator's lab registry
    Given the lab registry:
      | lab id  | name                              | status    | accredited for           | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo        | ACTIVE    | ASTM F963-23;EN 71-1     | 2025-01-01 | 2027-12-31  |
      | LAB-002 | Example Suspended Lab             | SUSPENDED | ASTM F963-23             | 2025-01-01 | 2027-12-31  |
      | LAB-003 | Example Withdrawn Lab             | WITHDRAWN | ASTM F963-23             | 2025-01-01 | 2027-12-31  |
      | LAB-004 | Example EN 71 Lab                 | ACTIVE    | EN 71-1;ISO 8124-1       | 2025-01-01 | 2027-12-31  |
      | LAB-005 | Example Older-edition Lab         | ACTIVE    | ASTM F963-17             | 2025-01-01 | 2027-12-31  |
      | LAB-006 | Example Lab Accredited 2025-07-01 | ACTIVE    | ASTM F963-23             | 2025-07-01 | 2026-04-30  |
      | LAB-007 | Example Open-ended Lab            | ACTIVE    | ASTM F 963-23;ISO 8124-1 | 2025-01-01 |             |
    And a declaration "DEC-2026-000123" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |

  Rule: Internal test data and self-declarations confer nothing

    Scenario Outline: A <issuer> report does not count, so the three items are missing
      Given report "NB-2026-00017" is a <issuer> report
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                   | sku          | report        | sub-test                     | rule                                   |
        | REPORT_NOT_THIRD_PARTY |              | NB-2026-00017 |                              | Report not issued by a third-party lab |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |               | heavy metals                 |                                        |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |               | small parts                  |                                        |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |               | battery compartment strength |                                        |
      And every finding names a remedy and its rule

      Examples: issued by the manufacturer
        | issuer                |
        | manufacturer internal |
        | self-declaration      |

  Rule: A report from a manufacturer's firewalled lab goes to an officer

    Scenario: Three PASS results from a firewalled lab send the shipment to manual review
      Given report "NB-2026-00017" is a firewalled lab report
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                       | sku          | report        | sub-test                     | rule                                           |
        | REPORT_FROM_FIREWALLED_LAB |              | NB-2026-00017 |                              | Report from a manufacturer's firewalled lab    |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | NB-2026-00017 | heavy metals                 | Sub-test passed only in an unverifiable report |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | NB-2026-00017 | small parts                  |                                                |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength |                                                |
      And every finding names a remedy and its rule

    Scenario: A firewalled lab is still looked up in the registry
      Given report "NB-2026-00017" is a firewalled lab report
      And report "NB-2026-00017" names lab "LAB-002"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code                       | sku          | report        |
        | REPORT_FROM_FIREWALLED_LAB |              | NB-2026-00017 |
        | LAB_NOT_ACCREDITED         |              | NB-2026-00017 |
        | SUBTEST_MISSING            | ROBOT-KIT-01 |               |

  Rule: The lab must be in the operator's lab registry

    Scenario: A report from a lab the registry does not know goes to an officer
      Given report "NB-2026-00017" names lab "LAB-999"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code               | sku          | report        | sub-test                     | rule                        |
        | LAB_NOT_RECOGNISED |              | NB-2026-00017 |                              | Lab not in the lab registry |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | heavy metals                 |                             |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | small parts                  |                             |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength |                             |

    Scenario: A third-party report that names no lab goes to an officer
      Given report "NB-2026-00017" names no lab
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings include:
        | code               | sku | report        |
        | LAB_NOT_RECOGNISED |     | NB-2026-00017 |

  Rule: The lab must be active and accredited for ASTM F963-23

    Scenario Outline: A report from a <status> lab confers nothing
      Given report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code               | sku          | report        | sub-test                     | rule                                       |
        | LAB_NOT_ACCREDITED |              | NB-2026-00017 |                              | Lab suspended or withdrawn in the registry |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | heavy metals                 |                                            |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | small parts                  |                                            |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | battery compartment strength |                                            |

      Examples: labs that may not issue reports
        | lab     | status    |
        | LAB-002 | suspended |
        | LAB-003 | withdrawn |

    Scenario Outline: A report from a lab not accredited for ASTM F963-23 confers nothing
      Given report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | sku          | report        | rule                                         |
        | LAB_NOT_ACCREDITED |              | NB-2026-00017 | Lab not accredited for the accepted standard |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               |                                              |

      Examples: accredited for other standards only
        | lab     | accredited for     |
        | LAB-004 | EN 71-1;ISO 8124-1 |
        | LAB-005 | ASTM F963-17       |

    Scenario: A lab whose registry entry spells the accreditation differently is still accredited for F963-23
      Given report "NB-2026-00017" names lab "LAB-007"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: The lab's accreditation is judged on the report's issue date

    Scenario Outline: A report issued on <when> counts
      Given report "NB-2026-00017" names lab "LAB-006"
      And report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: inside the accreditation of LAB-006 (2025-07-01 to 2026-04-30)
        | when                           | issued     |
        | the first day of accreditation | 2025-07-01 |
        | the last day of accreditation  | 2026-04-30 |

    Scenario Outline: A report issued on <when> confers nothing
      Given report "NB-2026-00017" names lab "LAB-006"
      And report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | sku          | report        | rule                                                 |
        | LAB_NOT_ACCREDITED |              | NB-2026-00017 | Report issued outside the lab's accreditation period |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               |                                                      |

      Examples: outside the accreditation of LAB-006 (2025-07-01 to 2026-04-30)
        | when                               | issued     |
        | the day before accreditation began | 2025-06-30 |
        | the day after accreditation ended  | 2026-05-01 |

    Scenario: A lab with an open-ended accreditation is accredited on any day after it began
      Given report "NB-2026-00017" names lab "LAB-007"
      And report "NB-2026-00017" was issued on 2026-06-15
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings
