Feature: Only STEM and educational toys, declared as toys, use the green lane
  The channel is dedicated to STEM and educational toys. A line of any other product cannot use it,
  and a STEM toy declared under an HS code outside heading 9503 ("other toys") looks like a
  misclassification, which the announcement sends to manual review. The category is read as people type
  it (case, spacing and full-width characters do not matter); the HS code by its digits. Remedies ask for the
  classification to be verified; they never nudge the declarant to change a code or a category to reach the
  lane.

  In the examples, a backslash, "u" and four hex digits stand for one character that would not show if
  printed: \u00A0 is the no-break space.

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

  Rule: Every line must be a STEM or educational toy

    Scenario Outline: A line of another product goes to standard inspection, whatever its reports say
      Given line "ROBOT-KIT-01" is declared in category "<category>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                 | sku          | report | severity            | rule                                       | remedy says                  |
        | PRODUCT_NOT_IN_SCOPE | ROBOT-KIT-01 |        | STANDARD_INSPECTION | Product line not a STEM or educational toy | Verify the classification of |
      And every finding names a remedy and its rule

      Examples: other categories
        | category             |
        | GENERAL_TOY          |
        | APPAREL              |
        | STEM educational toy |
        | STEM_TOY             |

    Scenario: A line that declares no category at all is not in scope
      Given line "ROBOT-KIT-01" is declared in category ""
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings include:
        | code                 | sku          | report |
        | PRODUCT_NOT_IN_SCOPE | ROBOT-KIT-01 |        |

    Scenario: An out-of-scope line is not checked any further
      Given line "ROBOT-KIT-01" is declared in category "GENERAL_TOY"
      And line "ROBOT-KIT-01" references the reports "NB-MISSING-1"
      And line "ROBOT-KIT-01" declares no HS code
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And there is no finding "REPORT_REFERENCE_UNRESOLVED"
      And there is no finding "HS_CODE_MISMATCH"
      And there is no finding "SUBTEST_MISSING"

  Rule: The category is read however it is typed

    Scenario Outline: A STEM toy whose category is written "<category>" is in scope
      Given line "ROBOT-KIT-01" is declared in category "<category>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: the category as people type it
        | category                                 |
        | STEM_EDUCATIONAL_TOY                     |
        | stem_educational_toy                     |
        | Stem_Educational_Toy                     |
        | STEM_EDUCATIONAL_TOY\u00A0               |
        | \uFF33\uFF34\uFF25\uFF2D_EDUCATIONAL_TOY |

      Examples: a trailing next-line character (U+0085), which Unicode counts as whitespace
        | category                   |
        | STEM_EDUCATIONAL_TOY\u0085 |

    Scenario: A category written with spaces around it is in scope
      Given line "ROBOT-KIT-01" is declared in category " stem_educational_toy  "
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: A STEM toy must be declared under HS heading 9503

    Scenario Outline: A STEM toy under heading 9503 is released, however the code is punctuated
      Given line "ROBOT-KIT-01" is declared under HS code "<hs code>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "HS_CODE_MISMATCH"

      Examples: codes under heading 9503
        | hs code                        |
        | 9503008900                     |
        | 9503.00.89.00                  |
        | 9503 00 89                     |
        | 9503-00-8900                   |
        | 9503                           |
        | \uFF19\uFF15\uFF10\uFF13008900 |

    Scenario Outline: A STEM toy under another heading goes to manual review as a possible misclassification
      Given line "ROBOT-KIT-01" is declared under HS code "<hs code>"
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And line "ROBOT-KIT-01" goes to MANUAL_REVIEW
      And the findings are exactly:
        | code             | sku          | report | severity      | rule                                                       | remedy says                  |
        | HS_CODE_MISMATCH | ROBOT-KIT-01 |        | MANUAL_REVIEW | STEM toy declared under an HS code outside the toy heading | Verify the classification of |
      And every finding names a remedy and its rule
      And no remedy says "reclassify"
      And no remedy says "change the HS code"
      And no remedy says "declare it under 9503"

      Examples: codes outside heading 9503
        | hs code    | what it is                         |
        | 9504501000 | video game consoles (heading 9504) |
        | 8471300000 | portable computers                 |
        | 4901990000 | printed books                      |
        | 9305000000 | starts with 9, not with 9503       |

    Scenario: A STEM toy that declares no HS code goes to manual review
      Given line "ROBOT-KIT-01" declares no HS code
      When the declaration is checked
      Then the outcome is MANUAL_REVIEW
      And the findings are exactly:
        | code             | sku          | report |
        | HS_CODE_MISMATCH | ROBOT-KIT-01 |        |
