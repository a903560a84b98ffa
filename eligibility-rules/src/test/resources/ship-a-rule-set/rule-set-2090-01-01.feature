Feature: From 2090 a made-up terminal joins the green lane and reports count for 3 months
  Made up by ShipRuleSetIT, which ships this rule set in a copy of the repository to prove that a policy
  author needs no Java. It is never shipped.

  Background: a robot kit with a complete, valid ASTM F963-23 report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2080-01-01 | 2099-12-31  |
    And a declaration "DEC-2090-000001" made on 2090-02-01 at terminal "Ship-check Terminal"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2090-00003 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2090-00003 | third-party lab | LAB-001 | ASTM F963-23 | 2090-01-10 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |

  Scenario: A compliant shipment declared at the new terminal from its first day is released
    When the declaration is checked
    Then the outcome is GREEN_LANE
    And there are no findings
    And the decision names rule set "2090-01-01" with a sha256 digest

  Scenario: The day before, the new terminal is not covered
    Given the declaration is made on 2089-12-31
    When the declaration is checked
    Then the outcome is STANDARD_INSPECTION
    And the findings include:
      | code                 |
      | TERMINAL_NOT_COVERED |

  Scenario: A report four months old no longer counts
    Given the declaration is made at terminal "Beilun"
    And the declaration is made on 2090-05-11
    When the declaration is checked
    Then the outcome is STANDARD_INSPECTION
    And the findings include:
      | code           | report        |
      | REPORT_EXPIRED | NB-2090-00003 |
