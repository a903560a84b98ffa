Feature: Policy authors version rule sets like law, try what-ifs, and swap them without a restart
  As a policy author, I keep one folder per version of the rules, like a law: the version in force on the
  declaration date decides, and I can pin a version to see what it would decide. Loading refuses versions
  whose dates overlap or leave a gap, and points me to the file and line of any mistake. An engine picks
  up my edit when it reloads, and keeps the rules it had when my edit is wrong. Every decision names the
  version that made it, with a digest of what decides (its DRL and parameters), so an auditor can tell
  versions apart; ending a version when its successor arrives does not change its digest.

  Apart from the shipped rule set, the rule sets here are made up to test the mechanism. They live in the
  features module's test resources (src/test/rule-set-fixtures), never among the shipped rule sets, and
  run the shipped DRL unchanged; only their manifests differ:
    versioned    2026-05-04 until 2026-12-31, then a what-if 2027-01-01 that also covers Daxie
    overlapping  the shipped 2026-05-04 (open-ended) beside the what-if 2027-01-01
    gap          2026-05-04 until 2026-12-30, then the what-if 2027-01-01: no rule set for 2026-12-31
    ended        2026-05-04 until 2026-12-31 alone (lane-and-terminal.feature)
    future       the what-if 2027-01-01 alone (lane-and-terminal.feature)
    staggered    2026-05-04 with Meishan joining on 2026-07-01 (lane-and-terminal.feature)
  A draft is a copy of the shipped rule sets in a temporary folder, edited by the scenario.

  Background: a robot kit with a complete, valid ASTM F963-23 report
    Given the lab registry:
      | lab id  | name                       | status | accredited for       | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
    And a declaration "DEC-2026-000700" made on 2026-06-15 at terminal "Beilun"
    And the product lines:
      | sku          | category             | hs code    | batteries | reports       |
      | ROBOT-KIT-01 | STEM_EDUCATIONAL_TOY | 9503008900 | yes       | NB-2026-00017 |
    And the test reports:
      | report        | issuer          | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength |
      | NB-2026-00017 | third-party lab | LAB-001 | ASTM F963-23 | 2026-03-02 | ROBOT-KIT-01 | PASS         | PASS        | PASS                         |

  Rule: The rule set in force on the declaration date decides

    Scenario: The rule sets load earliest first, each with the days it is in force and its terminals
      When the rule sets in "versioned" are loaded
      Then they load, earliest first, as:
        | rule set   | in force from | in force until | covered terminals              |
        | 2026-05-04 | 2026-05-04    | 2026-12-31     | Beilun;Chuanshan;Meishan       |
        | 2027-01-01 | 2027-01-01    |                | Beilun;Chuanshan;Meishan;Daxie |
      And rule set "2027-01-01" says it is made up for tests

    Scenario Outline: A declaration at Daxie is decided by the rule set in force on its date
      Given the rule sets in "versioned"
      When a declaration made on <declared> at terminal "Daxie" is checked
      Then it is decided by rule set "<rule set>"
      And the outcome is <outcome>

      Examples: the last day of 2026-05-04 and the first day of the what-if 2027-01-01
        | declared   | rule set   | outcome             |
        | 2026-12-31 | 2026-05-04 | STANDARD_INSPECTION |
        | 2027-01-01 | 2027-01-01 | GREEN_LANE          |

    Scenario: On the last day before the change, Daxie is still not a covered terminal
      Given the rule sets in "versioned"
      When a declaration made on 2026-12-31 at terminal "Daxie" is checked
      Then the findings are exactly:
        | code                 | sku | report | severity            | rule                                   |
        | TERMINAL_NOT_COVERED |     |        | STANDARD_INSPECTION | Terminal not covered by the green lane |

    Scenario Outline: What the change leaves alone decides the same on both sides of it
      Given the rule sets in "versioned"
      When a declaration made on <declared> at terminal "Beilun" is checked
      Then it is decided by rule set "<rule set>"
      And the outcome is GREEN_LANE
      And there are no findings

      Examples: the last day of 2026-05-04 and the first day of the what-if 2027-01-01
        | declared   | rule set   |
        | 2026-12-31 | 2026-05-04 |
        | 2027-01-01 | 2027-01-01 |

    Scenario: Before the lane opened, the earliest rule set decides that the lane was not in force
      Given the rule sets in "versioned"
      When a declaration made on 2026-05-03 at terminal "Beilun" is checked
      Then it is decided by rule set "2026-05-04"
      And the outcome is STANDARD_INSPECTION
      And the findings include:
        | code              | sku | report | severity            | rule                                            |
        | LANE_NOT_IN_FORCE |     |        | STANDARD_INSPECTION | Green lane not yet open on the declaration date |

  Rule: A policy author can pin a rule set to see what it would decide, whatever the date (what-if)

    Scenario Outline: A pinned rule set decides a declaration made while another is in force
      Given the rule sets in "versioned"
      And the rule set "<pinned>"
      When a declaration made on 2026-06-15 at terminal "Daxie" is checked
      Then it is decided by rule set "<pinned>"
      And the outcome is <outcome>

      Examples: what Daxie would get under each version
        | pinned     | outcome             |
        | 2027-01-01 | GREEN_LANE          |
        | 2026-05-04 | STANDARD_INSPECTION |

    Scenario: Pinning a rule set that is not loaded is refused, naming it and the rule sets that are
      Given the rule sets in "versioned"
      And the rule set "2028-01-01"
      When a declaration made on 2026-06-15 at terminal "Daxie" is checked
      Then the check is refused because no rule set "2028-01-01" is loaded

    Scenario: The what-if draft is not shipped, so the shipped rule sets cannot pin it
      Given the shipped rule sets
      And the rule set "2027-01-01"
      When a declaration made on 2026-06-15 at terminal "Daxie" is checked
      Then the check is refused because no rule set "2027-01-01" is loaded

  Rule: Every decision names its rule set and a digest of its files, so an auditor can tell versions apart

    Scenario: Ending the shipped rule set when its successor arrives does not change its digest
      Given the rule sets in "versioned"
      When a declaration made on 2026-12-31 at terminal "Beilun" is checked
      Then the decision names rule set "2026-05-04" with the shipped digest

    Scenario: A made-up version never passes for the shipped one
      Given the rule sets in "versioned"
      When a declaration made on 2027-01-01 at terminal "Beilun" is checked
      Then the decision names rule set "2027-01-01" with a sha256 digest
      And its digest differs from the shipped rule set's

    Scenario: A made-up rollout with the shipped id never passes for the shipped rule set
      Given the rule sets in "staggered"
      When a declaration made on 2026-07-01 at terminal "Meishan" is checked
      Then the decision names rule set "2026-05-04" with a sha256 digest
      And its digest differs from the shipped rule set's

    Scenario: A byte-for-byte copy of the shipped rule set has the shipped digest, wherever it is loaded from
      Given the engine runs on a draft copy of the shipped rule sets
      When a declaration made on 2026-06-15 at terminal "Beilun" is checked
      Then the decision names rule set "2026-05-04" with the shipped digest

  Rule: Loading refuses rule sets unless exactly one is in force on every day from the first

    Scenario Outline: Rule sets whose dates overlap or leave a gap are refused, naming the manifest to fix
      When the rule sets in "<rule sets>" are loaded
      Then loading fails with "<problem>" in "2027-01-01/manifest.json"

      Examples: two rule sets in force on the same days
        | rule sets   | problem                                       |
        | overlapping | overlaps 2026-05-04                           |
        | overlapping | give 2026-05-04 an inForceUntil of 2026-12-31 |

      Examples: a day no rule set decides
        | rule sets | problem                                                     |
        | gap       | leaves a gap                                                |
        | gap       | 2026-05-04 ends on 2026-12-30 but this starts on 2027-01-01 |

  Rule: Loading refuses a rule set with a mistake in it, pointing to the file and line to fix

    # The closing parenthesis of the last pattern of "Terminal not covered by the green lane" is on line 26; the
    # parser notices it is missing at the next token, the "then" on line 27, and reports that line.
    Scenario: A pattern missing its closing parenthesis is reported at its file and line
      Given a draft copy of the shipped rule sets
      And in the draft of rule set "2026-05-04", line 26 of "terminal-coverage.drl" loses its closing parenthesis
      When the draft is loaded
      Then loading fails at "2026-05-04/terminal-coverage.drl" line 27

    Scenario Outline: A manifest that leaves out a parameter is refused, naming the parameter
      Given a draft copy of the shipped rule sets
      And the draft of rule set "2026-05-04" leaves out the parameter "<parameter>"
      When the draft is loaded
      Then loading fails with "parameters.<parameter>: is required" in "2026-05-04/manifest.json"

      Examples: every parameter the rules compare against
        | parameter          |
        | laneStart          |
        | coveredTerminals   |
        | maxReportAgeMonths |
        | acceptedStandard   |
        | productHsHeading   |

  Rule: An engine takes up edited rule sets when it reloads, without a restart, and keeps its rules when the edit is wrong

    Scenario: A terminal added to the draft applies from the first decision after the reload
      Given the engine runs on a draft copy of the shipped rule sets
      When a declaration made on 2026-06-15 at terminal "Daxie" is checked
      Then the outcome is STANDARD_INSPECTION
      When terminal "DAXIE" is added to the draft of rule set "2026-05-04" and the engine reloads its rule sets
      Then a declaration at "Daxie" goes through the green lane
      And the decision names rule set "2026-05-04" with a sha256 digest
      And its digest differs from the shipped rule set's

    Scenario: An edit that does not compile is refused on reload, and the engine keeps deciding with the rules it had
      Given the engine runs on a draft copy of the shipped rule sets
      And in the draft of rule set "2026-05-04", line 26 of "terminal-coverage.drl" loses its closing parenthesis
      When the engine reloads its rule sets
      Then loading fails at "2026-05-04/terminal-coverage.drl" line 27
      When a declaration made on 2026-06-15 at terminal "Beilun" is checked
      Then the outcome is GREEN_LANE
      And the decision names rule set "2026-05-04" with the shipped digest

    Scenario: An engine switched to another folder of rule sets decides with them from then on
      Given the engine runs on the shipped rule sets
      When the engine switches to the rule sets in "versioned"
      And a declaration made on 2027-01-01 at terminal "Daxie" is checked
      Then it is decided by rule set "2027-01-01"
      And the outcome is GREEN_LANE

    Scenario: An engine refuses to switch to rule sets that overlap, and keeps the ones it had
      Given the engine runs on the shipped rule sets
      When the engine switches to the rule sets in "overlapping"
      Then loading fails with "overlaps 2026-05-04" in "2027-01-01/manifest.json"
      When a declaration made on 2027-01-01 at terminal "Daxie" is checked
      Then the decision names rule set "2026-05-04" with the shipped digest
      And the outcome is STANDARD_INSPECTION
