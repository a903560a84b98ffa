Feature: The green lane opens on 4 May 2026 at Beilun, Chuanshan and Meishan
  Ningbo-Zhoushan Port launched the STEM & Educational Toys Green Customs Clearance Channel on
  4 May 2026, at three core terminals: Beilun, Chuanshan and Meishan. A shipment declared earlier,
  or elsewhere, follows the standard inspection timeline however good its reports are.

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

  Rule: The green lane decides nothing before it opens on 2026-05-04

    Scenario: A compliant shipment declared the day before the lane opens goes to standard inspection
      Given the declaration is made on 2026-05-03
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code              | sku | report | severity            | rule                                                |
        | LANE_NOT_IN_FORCE |     |        | STANDARD_INSPECTION | Green lane not in force on the declaration date |
      And line "ROBOT-KIT-01" goes to STANDARD_INSPECTION
      And the decision names rule set "2026-05-04" with a sha256 digest

    Scenario Outline: A compliant shipment declared on or after the opening day is released on declaration
      Given the declaration is made on <declared>
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings
      And line "ROBOT-KIT-01" goes to GREEN_LANE
      And the decision names rule set "2026-05-04" with a sha256 digest

      Examples: the opening day and after
        | declared   |
        | 2026-05-04 |
        | 2026-05-05 |
        | 2026-12-31 |

  Rule: Only shipments declared at Beilun, Chuanshan or Meishan are covered

    Scenario Outline: A compliant shipment declared at a covered terminal is released, however the terminal is written
      Given the declaration is made at terminal "<terminal>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there is no finding "TERMINAL_NOT_COVERED"

      Examples: the three core terminals
        | terminal  |
        | Beilun    |
        | Chuanshan |
        | Meishan   |

      Examples: written in another case
        | terminal  |
        | BEILUN    |
        | chuanshan |
        | MeiShan   |

    Scenario: A terminal written with spaces around it is still the covered terminal
      Given the declaration is made at terminal "  Meishan "
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario Outline: A compliant shipment declared at another terminal goes to standard inspection
      Given the declaration is made at terminal "<terminal>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                 | sku | report | severity            | rule                                   |
        | TERMINAL_NOT_COVERED |     |        | STANDARD_INSPECTION | Terminal not covered by the green lane |
      And line "ROBOT-KIT-01" goes to STANDARD_INSPECTION
      And every finding names a remedy and its rule

      Examples: other Ningbo-Zhoushan terminals and other ports
        | terminal          |
        | Daxie             |
        | Zhenhai           |
        | Jintang           |
        | Shanghai Yangshan |
