Feature: Reports count only against ASTM F963-23, however the lab writes it
  The lane accepts valid third-party reports confirming compliance with ASTM F963-23. Reports against
  older versions (e.g. F963-17 or F963-20) or other standards (EN 71, ISO 8124) confer nothing. A
  designation is read as people write it: any dash, hyphen or minus sign, spaces, case, "F-963", a four-digit
  year, an editorial mark such as "e1". A designation naming several standards counts when one of its ASTM
  F963 editions is -23. A designation that does not say which edition it is goes to an officer.

  In the examples, a backslash, "u" and four hex digits stand for one character that would look like any
  other if printed: \u2011 is the non-breaking hyphen (U+2011), \u00A0 the no-break space.

  Background: a robot kit with a complete, valid ASTM F963-23 report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000123" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |

  Rule: ASTM F963-23 counts however the lab writes it

    Scenario Outline: A report against F963-23 written as "<standard>" counts
      Given report "NB-2026-00017" is against "<standard>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: spellings of ASTM F963-23
        | standard        |
        | ASTM F963-23    |
        | F963-23         |
        | ASTM F 963-23   |
        | ASTM F-963-23   |
        | astm f963-2023  |
        | ASTM F963-2023  |
        | ASTM  F963 - 23 |

      Examples: every Unicode dash, hyphen and minus sign reads as "-"
        | standard                         | written with                        |
        | ASTM F963\u201123                | a non-breaking hyphen (U+2011)      |
        | ASTM F963\u221223                | a minus sign (U+2212)               |
        | ASTM F963\u201023                | a hyphen (U+2010)                   |
        | ASTM F963\u201323                | an en dash (U+2013)                 |
        | ASTM F963\u201423                | an em dash (U+2014)                 |
        | ASTM F\u2011963-23               | a non-breaking hyphen in "F-963"    |
        | ASTM\u00A0F963-23                | a no-break space (U+00A0)           |
        | \uFF21\uFF33\uFF34\uFF2D F963-23 | full-width letters, read after NFKC |

      Examples: a dash and minus signs outside the common set: a swung dash and two characters named MINUS SIGN
        | standard          | written with                          |
        | ASTM F963\u205323 | a swung dash (U+2053)                 |
        | ASTM F963\u02D723 | a modifier letter minus sign (U+02D7) |
        | ASTM F963\u279623 | a heavy minus sign (U+2796)           |

      Examples: an editorial change does not change the edition
        | standard            |
        | ASTM F963-23e1      |
        | ASTM F963-23 e1     |
        | ASTM F963-23\u03B51 |

  Rule: A designation naming several standards counts when one of its F963 editions is -23

    Scenario Outline: A report against "<standard>" counts for ASTM F963-23
      Given report "NB-2026-00017" is against "<standard>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: ASTM F963-23 beside another standard
        | standard                           |
        | ASTM F963-23 / EN 71-1             |
        | ASTM F963-23 and EN 71-1           |
        | ASTM F963-23; EN 71-1:2014+A1:2018 |
        | ASTM F963-23, EN 71-1              |
        | EN 71-1 / ASTM F963-23             |

      Examples: the US rule with the edition it incorporates
        | standard                   |
        | 16 CFR 1250 (ASTM F963-23) |
        | 16 CFR 1250 / ASTM F963-23 |

      Examples: an older edition beside -23
        | standard                    |
        | ASTM F963-17 / ASTM F963-23 |

  Rule: Older editions and other standards confer nothing

    Scenario Outline: A report against <standard> does not count, so the three items are missing
      Given report "NB-2026-00017" is against "<standard>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                          | sku          | report        | sub-test                     | rule   |
        | STANDARD_VERSION_NOT_ACCEPTED |              | NB-2026-00017 |                              | <rule> |
        | SUBTEST_MISSING               | ROBOT-KIT-01 |               | heavy metals                 |        |
        | SUBTEST_MISSING               | ROBOT-KIT-01 |               | small parts                  |        |
        | SUBTEST_MISSING               | ROBOT-KIT-01 |               | battery compartment strength |        |
      And every finding names a remedy and its rule
      And no remedy says "for an addendum"

      Examples: older or never-published editions of ASTM F963, judged by their year
        | standard               | rule                                        |
        | ASTM F963-17           | Report against another edition of ASTM F963 |
        | ASTM F963-20           | Report against another edition of ASTM F963 |
        | F963-16                | Report against another edition of ASTM F963 |
        | ASTM F963-11           | Report against another edition of ASTM F963 |
        | ASTM F963-2017         | Report against another edition of ASTM F963 |
        | ASTM F963\u201117      | Report against another edition of ASTM F963 |
        | ASTM F963-17a          | Report against another edition of ASTM F963 |
        | ASTM F963-1923         | Report against another edition of ASTM F963 |
        | ASTM F963-17 / EN 71-1 | Report against another edition of ASTM F963 |

      Examples: other toy safety standards
        | standard                        | rule                                           |
        | EN 71-1                         | Report against a standard other than ASTM F963 |
        | EN71-1                          | Report against a standard other than ASTM F963 |
        | ISO 8124-1:2022                 | Report against a standard other than ASTM F963 |
        | GB 6675.1-2014                  | Report against a standard other than ASTM F963 |
        | 16 CFR 1500                     | Report against a standard other than ASTM F963 |
        | EN 71-1:2014+A1:2018            | Report against a standard other than ASTM F963 |
        | ISO 8124-1:2018+A1:2020+A2:2020 | Report against a standard other than ASTM F963 |
        | EN 71-1 / ISO 8124-1            | Report against a standard other than ASTM F963 |

    Scenario: The remedy asks for a new report, since an addendum cannot change the edition a report was tested to
      Given report "NB-2026-00017" is against "ASTM F963-17"
      When the declaration is checked
      Then the findings include:
        | code                          | report        | remedy says                                     |
        | STANDARD_VERSION_NOT_ACCEPTED | NB-2026-00017 | tested to ASTM F963-23                          |
        | STANDARD_VERSION_NOT_ACCEPTED | NB-2026-00017 | an addendum cannot change the edition           |
        | SUBTEST_MISSING               |               | an addendum cannot make the reports above count |

  Rule: A designation that names no edition goes to an officer

    Scenario Outline: A report that names its standard as "<standard>" cannot be verified
      Given report "NB-2026-00017" is against "<standard>"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code                  | sku          | report        | sub-test                     | rule   |
        | STANDARD_UNRECOGNISED |              | NB-2026-00017 |                              | <rule> |
        | SUBTEST_UNVERIFIED    | ROBOT-KIT-01 | NB-2026-00017 | heavy metals                 |        |
        | SUBTEST_UNVERIFIED    | ROBOT-KIT-01 | NB-2026-00017 | small parts                  |        |
        | SUBTEST_UNVERIFIED    | ROBOT-KIT-01 | NB-2026-00017 | battery compartment strength |        |
      And every finding names a remedy and its rule

      Examples: ASTM F963 with no edition year
        | standard                 | rule                                       |
        | ASTM F963                | ASTM F963 named without a readable edition |
        | F 963                    | ASTM F963 named without a readable edition |
        | complies with ASTM F963  | ASTM F963 named without a readable edition |
        | ASTM F963-17 / ASTM F963 | ASTM F963 named without a readable edition |

      Examples: a revision letter that no edition of -23 has
        | standard      | rule                                       |
        | F963-23a      | ASTM F963 named without a readable edition |
        | ASTM F963-23a | ASTM F963 named without a readable edition |
        | ASTM F963-23b | ASTM F963 named without a readable edition |

      Examples: only the US rule, which incorporates F963-23 but does not name the edition
        | standard              | rule                                           |
        | 16 CFR 1250           | Report names only the US rule, not the edition |
        | 16 CFR 1250 / EN 71-1 | Report names only the US rule, not the edition |

      Examples: text that is not a designation
        | standard     | rule                                |
        | see attached | Standard designation cannot be read |
        | N/A          | Standard designation cannot be read |

    Scenario: A report that names no standard at all cannot be verified
      Given report "NB-2026-00017" names no standard
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings include:
        | code                  | sku          | report        | rule                     |
        | STANDARD_UNRECOGNISED |              | NB-2026-00017 | Report names no standard |
        | SUBTEST_UNVERIFIED    | ROBOT-KIT-01 | NB-2026-00017 |                          |

    Scenario Outline: Following the remedy of STANDARD_UNRECOGNISED: the lab's revised report names the edition in full
      Given report "NB-2026-00017" is against "<standard>"
      When the declaration is checked
      Then the findings include:
        | code                  | report        | remedy says                                                  |
        | STANDARD_UNRECOGNISED | NB-2026-00017 | revised report that names the edition in full (ASTM F963-23) |
      When report "NB-2026-00017" is against "ASTM F963-23"
      And the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: designations that name no edition
        | standard    |
        | 16 CFR 1250 |
        | F963-23a    |
