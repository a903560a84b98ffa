Feature: Report inventory: which SKUs are green-lane ready, which reports expire, what to ask the labs for
  The announcement advises exporters to audit their test reports for explicit three-item wording, to keep a
  rolling inventory of valid reports per SKU family, and to schedule tests early. The inventory takes the
  reports on file and our SKU list and asks, for every SKU, the same question the port's engine answers for a
  declaration: would a declaration of this SKU on the inventory date, relying on every report on file that
  lists it, go through the green lane? A report counts for 12 months after its issue date: issued on
  2025-10-11, it counts through 2026-10-11 and no longer on 2026-10-12. A SKU that is ready today but loses
  readiness within the warning window (60 days unless we say otherwise) is "expiring"; it is counted among the
  ready SKUs.

  Background: the operator's lab registry
    Given the lab registry:
      | lab id  | name                            | status    | accredited for          | valid from | valid until |
      | LAB-001 | Example Testing Co. Ningbo      | ACTIVE    | ASTM F963-23;EN 71-1    | 2025-01-01 | 2027-12-31  |
      | LAB-002 | Example Toy Safety Lab Shanghai | ACTIVE    | ASTM F963-23;ISO 8124-1 | 2024-06-01 |             |
      | LAB-003 | Example Labs Shenzhen           | SUSPENDED | ASTM F963-23            | 2023-01-01 | 2027-06-30  |

  Rule: A SKU is ready when a declaration of it on the inventory date would go through the green lane

    Scenario: A SKU with a complete, current ASTM F963-23 report is ready
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus        | heavy metals | small parts | battery compartment strength |
        | NB-2026-00101 | LAB-001 | ASTM F963-23 | 2026-03-10 | ROBO-ARM-01 | PASS         | PASS        | PASS                         |
      And the SKUs:
        | sku         | family   | description                | hs code    | category             | batteries |
        | ROBO-ARM-01 | ROBOTICS | Programmable robot arm kit | 9503008900 | STEM_EDUCATIONAL_TOY | yes       |
      When I take the inventory as of 2026-09-01
      Then SKU "ROBO-ARM-01" is ready and stays ready
      And every SKU is ready

    Scenario: A report that does not state the battery item: ask the same lab for an addendum
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus          | heavy metals | small parts | battery compartment strength |
        | NB-2026-00112 | LAB-001 | ASTM F963-23 | 2026-06-03 | ELEC-RADIO-02 | PASS         | PASS        |                              |
      And the SKUs:
        | sku           | family      | description             | batteries |
        | ELEC-RADIO-02 | ELECTRONICS | Build-your-own FM radio | yes       |
      When I take the inventory as of 2026-09-01
      Then SKU "ELEC-RADIO-02" is not ready: it would go to STANDARD_INSPECTION
      And SKU "ELEC-RADIO-02" misses battery compartment strength
      And the inventory tells me, for SKU "ELEC-RADIO-02", to "Ask LAB-001 (Example Testing Co. Ningbo) for an addendum to report NB-2026-00112 stating battery compartment strength as PASS"

    Scenario: The lab's addendum states the missing item and makes the SKU ready
      Given the reports on file:
        | report           | lab     | standard     | issued     | skus          | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2026-00112    | LAB-001 | ASTM F963-23 | 2026-06-03 | ELEC-RADIO-02 | PASS         | PASS        |                              |               |
        | NB-2026-00112-A1 | LAB-001 | ASTM F963-23 | 2026-07-15 | ELEC-RADIO-02 |              |             | PASS                         | NB-2026-00112 |
      And the SKUs:
        | sku           | family      | batteries |
        | ELEC-RADIO-02 | ELECTRONICS | yes       |
      When I take the inventory as of 2026-09-01
      Then SKU "ELEC-RADIO-02" is ready

    Scenario: A FAIL: the reason names the report and its lab
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus        | heavy metals | small parts | battery compartment strength |
        | SH-2026-00215 | LAB-002 | ASTM F963-23 | 2026-04-27 | ELEC-LED-05 | PASS         | FAIL        | PASS                         |
      And the SKUs:
        | sku         | family      | batteries |
        | ELEC-LED-05 | ELECTRONICS | yes       |
      When I take the inventory as of 2026-09-01
      Then SKU "ELEC-LED-05" is not ready: it would go to STANDARD_INSPECTION
      And the reasons for SKU "ELEC-LED-05" include SUBTEST_FAILED for small parts in report "SH-2026-00215" from "LAB-002 (Example Toy Safety Lab Shanghai)"

    Scenario: A SKU with no report on file: schedule all three tests
      Given the SKUs:
        | sku           | family  | description             | batteries |
        | PUZ-MARBLE-04 | PUZZLES | Marble run building set | no        |
      When I take the inventory as of 2026-09-01
      Then SKU "PUZ-MARBLE-04" is not ready: it would go to STANDARD_INSPECTION
      And the inventory tells me, for SKU "PUZ-MARBLE-04", to "Schedule heavy metals, small parts and battery compartment strength testing of PUZ-MARBLE-04 to ASTM F963-23"

    Scenario Outline: A report that does not count: <problem>
      Given the reports on file:
        | report | issuer   | lab   | standard   | issued     | skus   | heavy metals | small parts | battery compartment strength |
        | R1     | <issuer> | <lab> | <standard> | 2026-03-10 | KIT-01 | PASS         | PASS        | PASS                         |
      And the SKUs:
        | sku    | family   | batteries |
        | KIT-01 | ROBOTICS | yes       |
      When I take the inventory as of 2026-09-01
      Then SKU "KIT-01" is not ready: it would go to <outcome>
      And the reasons for SKU "KIT-01" include <code> about report "R1"

      Examples: reports that confer nothing
        | problem            | issuer           | lab     | standard     | outcome             | code                          |
        | an older edition   | third-party lab  | LAB-001 | ASTM F963-17 | STANDARD_INSPECTION | STANDARD_VERSION_NOT_ACCEPTED |
        | a suspended lab    | third-party lab  | LAB-003 | ASTM F963-23 | STANDARD_INSPECTION | LAB_NOT_ACCREDITED            |
        | a self-declaration | self-declaration |         | ASTM F963-23 | STANDARD_INSPECTION | REPORT_NOT_THIRD_PARTY        |

      Examples: reports an officer must look at
        | problem                    | issuer          | lab     | standard     | outcome       | code                       |
        | a firewalled in-house lab  | firewalled lab  | LAB-001 | ASTM F963-23 | MANUAL_REVIEW | REPORT_FROM_FIREWALLED_LAB |
        | a lab not in the registry  | third-party lab | LAB-099 | ASTM F963-23 | MANUAL_REVIEW | LAB_NOT_RECOGNISED         |
        | an edition that is unclear | third-party lab | LAB-001 | ASTM F963    | MANUAL_REVIEW | STANDARD_UNRECOGNISED      |

    Scenario: A product that is not a STEM toy is never ready, whatever its reports
      Given the SKUs:
        | sku         | family | description                  | hs code    | category | batteries |
        | CODE-TEE-06 | CODING | "Hello, World" kids' T-shirt | 6109100010 | APPAREL  | no        |
      When I take the inventory as of 2026-09-01
      Then SKU "CODE-TEE-06" is not ready: it would go to STANDARD_INSPECTION
      And the reasons for SKU "CODE-TEE-06" include PRODUCT_NOT_IN_SCOPE

  Rule: Reports that pass the maximum age within the warning window are listed, with the SKUs that lose readiness

    Background: a rover whose only report was issued on 2025-10-11
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus          | heavy metals | small parts | battery compartment strength |
        | NB-2025-00102 | LAB-001 | ASTM F963-23 | 2025-10-11 | ROBO-ROVER-02 | PASS         | PASS        | PASS                         |
      And the SKUs:
        | sku           | family   | description             | batteries |
        | ROBO-ROVER-02 | ROBOTICS | Mars rover coding robot | yes       |

    Scenario: Ready today, but the report expires on the day after its last valid day
      When I take the inventory as of 2026-09-01
      Then SKU "ROBO-ROVER-02" is ready
      And report "NB-2025-00102" expires on 2026-10-12 and SKU "ROBO-ROVER-02" loses readiness that day
      And the inventory tells me, for SKU "ROBO-ROVER-02", to "Schedule the periodic retest of ROBO-ROVER-02 with LAB-001 (Example Testing Co. Ningbo)"
      And family "ROBOTICS" has 1 ready, 0 not ready and 1 expiring

    Scenario: On its last valid day the SKU is still ready; the day after, it is not
      When I take the inventory as of 2026-10-11
      Then SKU "ROBO-ROVER-02" is ready
      When I take the inventory as of 2026-10-12
      Then SKU "ROBO-ROVER-02" is not ready: it would go to STANDARD_INSPECTION
      And the reasons for SKU "ROBO-ROVER-02" include REPORT_EXPIRED about report "NB-2025-00102"

    Scenario Outline: A report expiring <when> the warning window
      When I take the inventory as of <as of> looking <days> days ahead
      Then report "NB-2025-00102" <listed>

      Examples: the window ends on the report's expiry date, or the day before
        | when               | as of      | days | listed                                                                 |
        | on the last day of | 2026-09-01 | 41   | expires on 2026-10-12 and SKU "ROBO-ROVER-02" loses readiness that day |
        | the day after      | 2026-09-01 | 40   | is not listed as expiring                                              |

    Scenario: An expiring report already replaced by a newer one costs no readiness
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus          | heavy metals | small parts | battery compartment strength |
        | NB-2026-00124 | LAB-001 | ASTM F963-23 | 2026-08-20 | ROBO-ROVER-02 | PASS         | PASS        | PASS                         |
      When I take the inventory as of 2026-09-01
      Then SKU "ROBO-ROVER-02" is ready and stays ready
      And report "NB-2025-00102" expires on 2026-10-12 and no SKU loses readiness

    Scenario: When the report an addendum amends expires, the addendum stops counting too
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus         | heavy metals | small parts | battery compartment strength | amends        |
        | NB-2025-00155 | LAB-001 | ASTM F963-23 | 2025-10-05 | PUZ-LIGHT-05 | PASS         | PASS        |                              |               |
        | NB-2026-A1    | LAB-001 | ASTM F963-23 | 2026-03-01 | PUZ-LIGHT-05 |              |             | PASS                         | NB-2025-00155 |
      And the SKUs:
        | sku          | family  | batteries |
        | PUZ-LIGHT-05 | PUZZLES | yes       |
      When I take the inventory as of 2026-09-01
      Then SKU "PUZ-LIGHT-05" is ready
      And report "NB-2025-00155" expires on 2026-10-06 and SKU "PUZ-LIGHT-05" loses readiness that day

  Rule: The family roll-up counts ready, not ready and expiring SKUs per family

    Scenario: Planning tests per family
      Given the reports on file:
        | report | lab     | standard     | issued     | skus                    | heavy metals | small parts | battery compartment strength |
        | R-ARM  | LAB-001 | ASTM F963-23 | 2026-03-10 | ROBO-ARM-01             | PASS         | PASS        | PASS                         |
        | R-DOG  | LAB-002 | ASTM F963-23 | 2026-04-02 | ROBO-DOG-03             | PASS         | PASS        | PASS                         |
        | R-OLD  | LAB-001 | ASTM F963-23 | 2025-10-11 | ROBO-ROVER-02           | PASS         | PASS        | PASS                         |
        | R-BUG  | LAB-001 | ASTM F963-17 | 2026-01-08 | ROBO-BUG-05             | PASS         | PASS        | PASS                         |
        | R-PUZ  | LAB-002 | ASTM F963-23 | 2026-02-02 | PUZ-GEAR-02;PUZ-CUBE-01 | PASS         | PASS        | PASS                         |
      And the SKUs:
        | sku           | family   | batteries |
        | ROBO-ARM-01   | ROBOTICS | yes       |
        | ROBO-ROVER-02 | ROBOTICS | yes       |
        | ROBO-DOG-03   | ROBOTICS | yes       |
        | ROBO-BUG-05   | ROBOTICS | yes       |
        | PUZ-GEAR-02   | PUZZLES  | yes       |
        | PUZ-CUBE-01   | PUZZLES  | no        |
        | PUZ-MARBLE-04 | PUZZLES  | no        |
      When I take the inventory as of 2026-09-01
      Then family "ROBOTICS" has 3 ready, 1 not ready and 1 expiring
      And family "PUZZLES" has 2 ready, 1 not ready and 0 expiring
      And the inventory counts 7 SKUs: 5 ready, 2 not ready, 1 expiring

  Rule: The terminal and the date are those of the declaration we plan

    Scenario: At a terminal the lane does not cover, no SKU is ready
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus        | heavy metals | small parts | battery compartment strength |
        | NB-2026-00101 | LAB-001 | ASTM F963-23 | 2026-03-10 | ROBO-ARM-01 | PASS         | PASS        | PASS                         |
      And the SKUs:
        | sku         | family   | batteries |
        | ROBO-ARM-01 | ROBOTICS | yes       |
      When I take the inventory as of 2026-09-01 at terminal "Yangshan"
      Then SKU "ROBO-ARM-01" is not ready: it would go to STANDARD_INSPECTION
      And the reasons for SKU "ROBO-ARM-01" include TERMINAL_NOT_COVERED

    Scenario Outline: The day before the lane opens, and the day it opens
      Given the reports on file:
        | report        | lab     | standard     | issued     | skus        | heavy metals | small parts | battery compartment strength |
        | NB-2026-00101 | LAB-001 | ASTM F963-23 | 2026-03-10 | ROBO-ARM-01 | PASS         | PASS        | PASS                         |
      And the SKUs:
        | sku         | family   | batteries |
        | ROBO-ARM-01 | ROBOTICS | yes       |
      When I take the inventory as of <date>
      Then the inventory counts 1 SKUs: <ready> ready, <not ready> not ready, 0 expiring

      Examples: either side of 2026-05-04
        | date       | ready | not ready |
        | 2026-05-03 | 0     | 1         |
        | 2026-05-04 | 1     | 0         |
