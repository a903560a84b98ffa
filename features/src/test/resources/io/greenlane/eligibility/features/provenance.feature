Feature: Only reports from accredited, independent third-party labs count, as the operator's registry says
  The lane asks for valid third-party test reports. Internal test data and manufacturers'
  self-declarations confer nothing. The operator's lab registry (never the exporter's pack) says
  which labs are recognised, what kind of lab each is, whether they are active, what they are accredited
  for and when; a lab's accreditation is judged on the day the report was issued. A manufacturer-owned lab
  that the US CPSC accepts as firewalled is not independent, so an officer decides about its reports.

  Background: a robot kit with a complete ASTM F963-23 report, and the operator's lab registry
    Given the lab registry:
      | lab id  | name                              | lab type    | status    | status since | accredited for             | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo        | third party | ACTIVE    |              | ASTM F963-23;EN 71-1       | 2025-01-01 | 2027-12-31  |
      | LAB-002 | Example Suspended Lab             | third party | SUSPENDED |              | ASTM F963-23               | 2025-01-01 | 2027-12-31  |
      | LAB-003 | Example Withdrawn Lab             | third party | WITHDRAWN |              | ASTM F963-23               | 2025-01-01 | 2027-12-31  |
      | LAB-004 | Example EN 71 Lab                 | third party | ACTIVE    |              | EN 71-1;ISO 8124-1         | 2025-01-01 | 2027-12-31  |
      | LAB-005 | Example Older-edition Lab         | third party | ACTIVE    |              | ASTM F963-17               | 2025-01-01 | 2027-12-31  |
      | LAB-006 | Example Lab Accredited 2025-07-01 | third party | ACTIVE    |              | ASTM F963-23               | 2025-07-01 | 2026-04-30  |
      | LAB-007 | Example Open-ended Lab            | third party | ACTIVE    |              | ASTM F 963-23;ISO 8124-1   | 2025-01-01 |             |
      | LAB-008 | Example Toys Ltd. in-house lab    | firewalled  | ACTIVE    |              | ASTM F963-23               | 2025-01-01 |             |
      | LAB-009 | Example Lab Suspended 2026-05-20  | third party | SUSPENDED | 2026-05-20   | ASTM F963-23               | 2024-01-01 |             |
      | LAB-010 | Example Lab Withdrawn 2026-05-20  | third party | WITHDRAWN | 2026-05-20   | ASTM F963-23               | 2024-01-01 |             |
      | LAB-011 | Example Lab Reinstated            | third party | ACTIVE    | 2026-05-20   | ASTM F963-23               | 2024-01-01 |             |
      | LAB-012 | Example Lab of Unrecorded Type    |             | ACTIVE    |              | ASTM F963-23               | 2024-01-01 |             |
      | LAB-013 | Example Twice-barred Lab          | third party | SUSPENDED |              | ASTM F963-17               | 2025-01-01 |             |
      | LAB-020 | Example Spelling Lab 20           | third party | ACTIVE    |              | ASTM F963-2023             | 2025-01-01 |             |
      | LAB-021 | Example Spelling Lab 21           | third party | ACTIVE    |              | ASTM F-963-23              | 2025-01-01 |             |
      | LAB-022 | Example Spelling Lab 22           | third party | ACTIVE    |              | ASTM F963\u201123          | 2025-01-01 |             |
      | LAB-023 | Example Spelling Lab 23           | third party | ACTIVE    |              | ASTM F963-23e1             | 2025-01-01 |             |
      | LAB-024 | Example Spelling Lab 24           | third party | ACTIVE    |              | EN 71-1 / ASTM F963-23     | 2025-01-01 |             |
      | LAB-025 | Example Spelling Lab 25           | third party | ACTIVE    |              | 16 CFR 1250 (ASTM F963-23) | 2025-01-01 |             |
      | LAB-026 | Example Spelling Lab 26           | third party | ACTIVE    |              | ASTM F963                  | 2025-01-01 |             |
      | LAB-027 | Example Spelling Lab 27           | third party | ACTIVE    |              | 16 CFR 1250                | 2025-01-01 |             |
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
      And report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                   | sku          | report        | sub-test                     | rule                                   |
        | REPORT_NOT_THIRD_PARTY |              | NB-2026-00017 |                              | Report not issued by a third-party lab |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |               | heavy metals                 |                                        |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |               | small parts                  |                                        |
        | SUBTEST_MISSING        | ROBOT-KIT-01 |               | battery compartment strength |                                        |
      And every finding names a remedy and its rule
      And no remedy says "for an addendum"

      Examples: issued by the manufacturer, whatever lab it names
        | issuer                | lab     |
        | manufacturer internal |         |
        | self-declaration      |         |
        | manufacturer internal | LAB-008 |
        | self-declaration      | LAB-404 |

  Rule: The registry, not the pack, says what kind of lab issued a report

    Scenario: A manufacturer's in-house lab declared in the pack as a third-party lab goes to an officer
      Given report "NB-2026-00017" names lab "LAB-008"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And the findings are exactly:
        | code                       | sku          | report        | sub-test                     | rule                                                                     |
        | ISSUER_MISDECLARED         |              | NB-2026-00017 |                              | Report declared third-party but the registry lists its lab as firewalled |
        | REPORT_FROM_FIREWALLED_LAB |              | NB-2026-00017 |                              | Report from a lab the registry lists as firewalled                       |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | NB-2026-00017 | heavy metals                 | Sub-test passed only in an unverifiable report                           |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | NB-2026-00017 | small parts                  |                                                                          |
        | SUBTEST_UNVERIFIED         | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength |                                                                          |
      And every finding names a remedy and its rule

    Scenario Outline: A report from <lab kind> declared as issued by a <issuer> is judged as the registry says
      Given report "NB-2026-00017" is a <issuer> report
      And report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is <outcome>
      And the findings include:
        | code   | report        | rule   |
        | <code> | NB-2026-00017 | <rule> |
      And there is no finding "<absent>"

      Examples: the pack and the registry disagree: an officer looks
        | lab kind                             | lab     | issuer          | outcome       | code               | rule                                                                     | absent                     |
        | a lab the registry calls firewalled  | LAB-008 | third-party lab | MANUAL_REVIEW | ISSUER_MISDECLARED | Report declared third-party but the registry lists its lab as firewalled | SUBTEST_MISSING            |
        | a lab the registry calls third-party | LAB-001 | firewalled lab  | MANUAL_REVIEW | ISSUER_MISDECLARED | Report declared firewalled but the registry lists its lab as third-party | REPORT_FROM_FIREWALLED_LAB |

      Examples: the pack and the registry agree on a firewalled lab: an officer decides
        | lab kind                            | lab     | issuer         | outcome       | code                       | rule                                               | absent             |
        | a lab the registry calls firewalled | LAB-008 | firewalled lab | MANUAL_REVIEW | REPORT_FROM_FIREWALLED_LAB | Report from a lab the registry lists as firewalled | ISSUER_MISDECLARED |

      Examples: the registry does not say what kind of lab it is: the pack's issuer is taken as stated
        | lab kind                         | lab     | issuer         | outcome       | code                       | rule                                               | absent             |
        | a lab of unrecorded type         | LAB-012 | firewalled lab | MANUAL_REVIEW | REPORT_FROM_FIREWALLED_LAB | Report from a firewalled lab by the pack's account | ISSUER_MISDECLARED |
        | a lab the registry does not list | LAB-404 | firewalled lab | MANUAL_REVIEW | REPORT_FROM_FIREWALLED_LAB | Report from a firewalled lab by the pack's account | ISSUER_MISDECLARED |

    Scenario Outline: A third-party report from <lab kind> is released
      Given report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: the pack's "third-party lab" stands
        | lab kind                             | lab     |
        | a lab the registry calls third-party | LAB-001 |
        | a lab of unrecorded type             | LAB-012 |

    Scenario: Following the remedy of ISSUER_MISDECLARED: the corrected issuer agrees with the registry
      Given report "NB-2026-00017" is a firewalled lab report
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings include:
        | code               | report        | remedy says                                                   |
        | ISSUER_MISDECLARED | NB-2026-00017 | Correct the issuer of report NB-2026-00017 to THIRD_PARTY_LAB |
      When report "NB-2026-00017" is a third-party lab report
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: Correcting the issuer of an in-house lab's report clears ISSUER_MISDECLARED, and an officer still decides
      Given report "NB-2026-00017" names lab "LAB-008"
      When report "NB-2026-00017" is a firewalled lab report
      And the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And there is no finding "ISSUER_MISDECLARED"
      And the findings include:
        | code                       | report        |
        | REPORT_FROM_FIREWALLED_LAB | NB-2026-00017 |

    Scenario: A firewalled lab is still looked up in the registry
      Given report "NB-2026-00017" is a firewalled lab report
      And report "NB-2026-00017" names lab "LAB-002"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | sku          | report        |
        | ISSUER_MISDECLARED |              | NB-2026-00017 |
        | LAB_NOT_ACCREDITED |              | NB-2026-00017 |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               |

  Rule: A registry written before the lab_type and status_since columns existed still works

    Background: the operator's registry file without the two columns
      Given the operator loads this lab registry:
        """csv
        lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status
        LAB-001,Example Testing Co. Ningbo,CNAS,ASTM F963-23;EN 71-1,2025-01-01,2027-12-31,ACTIVE
        LAB-002,Example Suspended Lab,CNAS,ASTM F963-23,2025-01-01,2027-12-31,SUSPENDED
        """

    Scenario Outline: A report declared as issued by a <issuer> is taken as stated
      Given report "NB-2026-00017" is a <issuer> report
      When the declaration is checked
      Then the outcome is <outcome>
      And there is no finding "ISSUER_MISDECLARED"

      Examples: what the pack says decides
        | issuer          | outcome       |
        | third-party lab | GREEN_LANE    |
        | firewalled lab  | MANUAL_REVIEW |

    Scenario: A registry with a column of the operator's own is read as usual, the column ignored
      Given the operator loads this lab registry:
        """csv
        lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status,notes
        LAB-001,Example Testing Co. Ningbo,CNAS,ASTM F963-23;EN 71-1,2025-01-01,2027-12-31,ACTIVE,audited 2026-02
        """
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: A suspended lab with no date recorded confers nothing
      Given report "NB-2026-00017" names lab "LAB-002"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | report        | rule                                                  |
        | LAB_NOT_ACCREDITED | NB-2026-00017 | Lab suspended or withdrawn when the report was issued |
      And there is no finding "LAB_STATUS_CHANGED"

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

    Scenario: Following the remedy of LAB_NOT_RECOGNISED: the mistyped lab id, corrected, is found
      Given report "NB-2026-00017" names lab "LAB-0001"
      When the declaration is checked
      Then the findings include:
        | code               | report        | remedy says                              |
        | LAB_NOT_RECOGNISED | NB-2026-00017 | correct it in the pack if it is mistyped |
      When report "NB-2026-00017" names lab "LAB-001"
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: A lab suspended or withdrawn confers nothing from the day its status changed

    Scenario Outline: A report from a <status> lab with no date recorded confers nothing
      Given report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code               | sku          | report        | sub-test                     | rule                                                  |
        | LAB_NOT_ACCREDITED |              | NB-2026-00017 |                              | Lab suspended or withdrawn when the report was issued |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | heavy metals                 |                                                       |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | small parts                  |                                                       |
        | SUBTEST_MISSING    | ROBOT-KIT-01 |               | battery compartment strength |                                                       |
      And no remedy says "for an addendum"

      Examples: labs that may not issue reports
        | lab     | status    |
        | LAB-002 | suspended |
        | LAB-003 | withdrawn |

    Scenario Outline: A report issued <when> the lab was <status> on 2026-05-20 confers nothing
      Given report "NB-2026-00017" names lab "<lab>"
      And report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | report        | rule                                                  | message says     |
        | LAB_NOT_ACCREDITED | NB-2026-00017 | Lab suspended or withdrawn when the report was issued | since 2026-05-20 |
        | SUBTEST_MISSING    |               |                                                       |                  |
      And there is no finding "LAB_STATUS_CHANGED"

      Examples: on or after the day the status changed
        | when            | status    | lab     | issued     |
        | on the day      | suspended | LAB-009 | 2026-05-20 |
        | the day after   | suspended | LAB-009 | 2026-05-21 |
        | on the day      | withdrawn | LAB-010 | 2026-05-20 |
        | two weeks after | withdrawn | LAB-010 | 2026-06-03 |

    Scenario Outline: A report issued <when> the lab was <status> on 2026-05-20 was issued in good standing: an officer decides
      Given report "NB-2026-00017" names lab "<lab>"
      And report "NB-2026-00017" was issued on <issued>
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code               | sku          | report        | sub-test                     | rule                                                   | message says  |
        | LAB_STATUS_CHANGED |              | NB-2026-00017 |                              | Lab suspended or withdrawn after the report was issued | good standing |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | heavy metals                 |                                                        |               |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | small parts                  |                                                        |               |
        | SUBTEST_UNVERIFIED | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength |                                                        |               |
      And every finding names a remedy and its rule

      Examples: before the day the status changed
        | when           | status    | lab     | issued     |
        | the day before | suspended | LAB-009 | 2026-05-19 |
        | months before  | suspended | LAB-009 | 2026-03-02 |
        | the day before | withdrawn | LAB-010 | 2026-05-19 |

    Scenario: An active lab's status date changes nothing
      Given report "NB-2026-00017" names lab "LAB-011"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: The lab must be accredited for ASTM F963-23, however the registry writes it

    Scenario Outline: A lab whose registry entry reads "<accredited for>" is accredited for ASTM F963-23
      Given report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: spellings of ASTM F963-23 in the registry (see the Background)
        | lab     | accredited for             |
        | LAB-007 | ASTM F 963-23;ISO 8124-1   |
        | LAB-020 | ASTM F963-2023             |
        | LAB-021 | ASTM F-963-23              |
        | LAB-022 | ASTM F963\u201123          |
        | LAB-023 | ASTM F963-23e1             |
        | LAB-024 | EN 71-1 / ASTM F963-23     |
        | LAB-025 | 16 CFR 1250 (ASTM F963-23) |

    Scenario Outline: A lab whose registry entry reads "<accredited for>" is not accredited for ASTM F963-23
      Given report "NB-2026-00017" names lab "<lab>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | report        | rule                                         |
        | LAB_NOT_ACCREDITED | NB-2026-00017 | Lab not accredited for the accepted standard |
        | SUBTEST_MISSING    |               |                                              |

      Examples: accreditations for other standards, or that do not name the edition (see the Background)
        | lab     | accredited for     |
        | LAB-004 | EN 71-1;ISO 8124-1 |
        | LAB-005 | ASTM F963-17       |
        | LAB-026 | ASTM F963          |
        | LAB-027 | 16 CFR 1250        |

    Scenario: A lab that is both suspended and not accredited for F963-23 gets each reason
      Given report "NB-2026-00017" names lab "LAB-013"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code               | report        | rule                                                  |
        | LAB_NOT_ACCREDITED | NB-2026-00017 | Lab suspended or withdrawn when the report was issued |
        | LAB_NOT_ACCREDITED | NB-2026-00017 | Lab not accredited for the accepted standard          |

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
