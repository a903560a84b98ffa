Feature: The green lane opens on 4 May 2026 at Beilun, Chuanshan and Meishan
  Ningbo-Zhoushan Port launched the STEM & Educational Toys Green Customs Clearance Channel on
  4 May 2026, at three core terminals: Beilun, Chuanshan and Meishan. A shipment declared earlier,
  or elsewhere, follows the standard inspection timeline however good its reports are. Forwarders write
  terminal names in many ways (Beilun, BEILUN, Beilun Terminal, 北仑); every name the rule set accepts
  means the terminal, whatever its case or spacing. Rollout may vary by terminal: a terminal that has not
  yet joined the lane on the declaration date is not covered, and the finding names the day it joins.

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

  Rule: The green lane decides nothing before it opens on 2026-05-04

    Scenario: A compliant shipment declared the day before the lane opens goes to standard inspection
      Given the declaration is made on 2026-05-03
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                 | sku | report | severity            | rule                                                       | message says                       |
        | LANE_NOT_IN_FORCE    |     |        | STANDARD_INSPECTION | Green lane not yet open on the declaration date            | opens on 2026-05-04                |
        | TERMINAL_NOT_COVERED |     |        | STANDARD_INSPECTION | Terminal not yet in the green lane on the declaration date | joins the green lane on 2026-05-04 |
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

  Rule: The green lane decides nothing on a day no loaded rule set covers

    Scenario: After the last rule set ends, a declaration is not decided by it
      Given the rule sets in "ended"
      When a declaration made on 2027-01-01 at terminal "Beilun" is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code              | sku | report | severity            | rule                                         | message says                                       |
        | LANE_NOT_IN_FORCE |     |        | STANDARD_INSPECTION | No rule set in force on the declaration date | decide declarations dated 2026-05-04 to 2026-12-31 |

    Scenario: On the last day of the last rule set, a compliant shipment is still released
      Given the rule sets in "ended"
      When a declaration made on 2026-12-31 at terminal "Beilun" is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario: A draft in force from a future date, loaded alone, does not decide today's declarations
      Given the rule sets in "future"
      When a declaration made on 2026-06-15 at terminal "Beilun" is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code              | sku | report | rule                                         |
        | LANE_NOT_IN_FORCE |     |        | No rule set in force on the declaration date |

    Scenario: The same draft, pinned for a what-if, decides today's declaration and says it is pinned
      Given the rule sets in "future"
      And the rule set "2027-01-01"
      When a declaration made on 2026-06-15 at terminal "Beilun" is checked
      Then the outcome is GREEN_LANE
      And the decision says it was pinned

  Rule: Only shipments declared at Beilun, Chuanshan or Meishan are covered, by any name the rule set accepts

    Scenario Outline: A compliant shipment declared at "<terminal>" is released
      Given the declaration is made at terminal "<terminal>"
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: the three core terminals
        | terminal  |
        | Beilun    |
        | Chuanshan |
        | Meishan   |

      Examples: written in another case or with other spacing
        | terminal            |
        | BEILUN              |
        | chuanshan           |
        | MeiShan             |
        | Meishan\u00A0       |
        | Chuanshan  Terminal |

      Examples: a trailing next-line character (U+0085), which Unicode counts as whitespace
        | terminal      |
        | Meishan\u0085 |

      Examples: the other names forwarders write
        | terminal           |
        | Beilun Terminal    |
        | Chuanshan Terminal |
        | Meishan Terminal   |
        | 北仑               |
        | 北仑港区           |
        | 穿山               |
        | 穿山港区           |
        | 梅山               |
        | 梅山港区           |

    Scenario: A terminal written with spaces around it is still the covered terminal
      Given the declaration is made at terminal "  Meishan "
      When the declaration is checked
      Then the outcome is GREEN_LANE
      And there are no findings

    Scenario Outline: A compliant shipment declared at "<terminal>" goes to standard inspection
      Given the declaration is made at terminal "<terminal>"
      When the declaration is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                 | sku | report | severity            | rule                                   | message says                 |
        | TERMINAL_NOT_COVERED |     |        | STANDARD_INSPECTION | Terminal not covered by the green lane | Beilun, Chuanshan or Meishan |
      And line "ROBOT-KIT-01" goes to STANDARD_INSPECTION
      And every finding names a remedy and its rule

      Examples: other Ningbo-Zhoushan terminals and other ports
        | terminal          |
        | Daxie             |
        | Zhenhai           |
        | Jintang           |
        | Shanghai Yangshan |

      Examples: names the rule set does not accept
        | terminal    |
        | Beilun Port |
        | Beilun-Port |
        | 北仑港      |

  Rule: Each terminal joins the lane on its own date

    # The rule set "staggered" is made up for tests (features/src/test/rule-set-fixtures): the shipped rules with
    # Meishan joining the lane on 2026-07-01, while Beilun and Chuanshan joined on 2026-05-04.
    Background: a rule set in which Meishan joins on 2026-07-01
      Given the rule sets in "staggered"

    Scenario Outline: A shipment declared at <terminal> on <declared>, before Meishan joins, goes to standard inspection
      When a declaration made on <declared> at terminal "<terminal>" is checked
      Then the outcome is STANDARD_INSPECTION
      And the findings are exactly:
        | code                 | sku | report | severity            | rule                                                       | message says                               |
        | TERMINAL_NOT_COVERED |     |        | STANDARD_INSPECTION | Terminal not yet in the green lane on the declaration date | Meishan joins the green lane on 2026-07-01 |

      Examples: the day before Meishan joins, and earlier
        | terminal         | declared   |
        | Meishan          | 2026-06-30 |
        | Meishan Terminal | 2026-06-30 |
        | 梅山             | 2026-05-04 |

    Scenario Outline: A shipment declared at <terminal> on <declared> is released
      When a declaration made on <declared> at terminal "<terminal>" is checked
      Then the outcome is GREEN_LANE
      And there are no findings

      Examples: Meishan from the day it joins
        | terminal         | declared   |
        | Meishan          | 2026-07-01 |
        | Meishan Terminal | 2026-07-02 |

      Examples: the other terminals, which joined at the launch
        | terminal  | declared   |
        | Beilun    | 2026-06-30 |
        | Chuanshan | 2026-05-04 |
