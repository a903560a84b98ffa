Feature: The sample packs shipped with the project decide as their names say
  The project ships a sample lab registry, naming example labs only, and one sample declaration pack
  for each outcome, so that exporters and forwarders can see a complete pack and try the CLI. They are
  read from files exactly as an exporter's pack would be.

  Scenario Outline: The sample pack "<pack>" goes to <outcome>
    When the sample pack "<pack>" is checked with the sample lab registry
    Then the outcome is <outcome>
    And every finding names a remedy and its rule
    And the decision names rule set "2026-05-04" with a sha256 digest

    Examples: one sample pack for each outcome
      | pack                     | outcome             |
      | green-lane.json          | GREEN_LANE          |
      | manual-review.json       | MANUAL_REVIEW       |
      | standard-inspection.json | STANDARD_INSPECTION |

  Scenario: The green-lane sample pack has nothing against it
    When the sample pack "green-lane.json" is checked with the sample lab registry
    Then every line goes to GREEN_LANE
    And there are no findings

  Scenario: The sample lab registry names example labs only
    When the sample lab registry is loaded
    Then every lab it names is an example lab

  Rule: The samples of the amended contract show what the registry decides and how a retest settles a FAIL

    Scenario Outline: The sample pack "<pack>" goes to <outcome> with <code>
      When the sample pack "<pack>" is checked with the sample lab registry
      Then the outcome is <outcome>
      And the findings include:
        | code   | report   |
        | <code> | <report> |
      And every finding names a remedy and its rule

      Examples: a lab the registry contradicts, a lab suspended after its report, a retest
        | pack                                     | outcome       | code               | report        |
        | firewalled-lab-declared-third-party.json | MANUAL_REVIEW | ISSUER_MISDECLARED | INH-2026-0311 |
        | lab-suspended-after-report.json          | MANUAL_REVIEW | LAB_STATUS_CHANGED | NB-2026-00488 |
        | retest-supersedes-fail.json              | GREEN_LANE    | FAIL_SUPERSEDED    | NB-2026-00017 |

  Rule: The broken sample packs show what an input error looks like

    Scenario Outline: The broken sample pack "<pack>" is refused naming <field>
      When the sample pack "<pack>" is read
      Then it is refused as invalid input at "<location>"
      And the problem reported says "<problem>"
      And no decision is made

      Examples: broken sample packs, named after their defect
        | pack                                 | field               | location            | problem                                  |
        | broken/missing-declaration-date.json | the missing date    | $.declarationDate   | is required                              |
        | broken/addendum-cycle.json           | the circular amends | $.reports[0].amends | cycle                                    |
        | broken/misspelt-field.json           | the misspelt field  | $.lines[0].hscode   | unknown field (did you mean \"hsCode\"?) |
