Feature: Broken packs and registries are refused, never decided
  A structurally broken declaration pack (not JSON, a required field missing, a date that does not
  parse, an unknown value, duplicate report numbers, addenda amending each other in a circle) is an
  input error: the exporter gets a clear message naming the field and the problem, and no decision is
  made. So is a field the pack format does not define: a misspelt "hscode" or "containsBateries" would
  otherwise be silently ignored and change the decision, so it is refused, with the nearest known field
  where one is close. The same holds for the operator's lab registry, where a misspelt column name is refused
  too (a column of the operator's own, such as notes, is ignored). This feature shows pack JSON because the
  broken JSON is the point.

  Rule: A broken declaration pack is refused with the field it concerns

    Scenario Outline: A pack whose <field> is <defect> is refused
      When the exporter submits this pack:
        """json
        { "declarationId": <declarationId>, "declarationDate": <declarationDate>, "terminal": <terminal>,
          "lines": <lines> }
        """
      Then it is refused as invalid input at "<location>"
      And the problem reported says "<problem>"
      And no decision is made

      Examples: declaration fields
        | field             | defect           | declarationId | declarationDate | terminal | lines                                                     | location                     | problem                   |
        | declarationId     | missing          | null          | "2026-06-15"    | "Beilun" | [ { "sku": "ROBOT-KIT-01" } ]                             | $.declarationId              | is required               |
        | declarationId     | blank            | "  "          | "2026-06-15"    | "Beilun" | [ { "sku": "ROBOT-KIT-01" } ]                             | $.declarationId              | must not be blank         |
        | declarationDate   | missing          | "DEC-1"       | null            | "Beilun" | [ { "sku": "ROBOT-KIT-01" } ]                             | $.declarationDate            | is required               |
        | declarationDate   | not a date       | "DEC-1"       | "2026-15-06"    | "Beilun" | [ { "sku": "ROBOT-KIT-01" } ]                             | $.declarationDate            | is not a date             |
        | declarationDate   | a day-first date | "DEC-1"       | "15/06/2026"    | "Beilun" | [ { "sku": "ROBOT-KIT-01" } ]                             | $.declarationDate            | is not a date             |
        | declarationDate   | a number         | "DEC-1"       | 20260615        | "Beilun" | [ { "sku": "ROBOT-KIT-01" } ]                             | $.declarationDate            | must be a string          |
        | terminal          | missing          | "DEC-1"       | "2026-06-15"    | null     | [ { "sku": "ROBOT-KIT-01" } ]                             | $.terminal                   | is required               |
        | lines             | missing          | "DEC-1"       | "2026-06-15"    | "Beilun" | null                                                      | $.lines                      | is required               |
        | lines             | empty            | "DEC-1"       | "2026-06-15"    | "Beilun" | []                                                        | $.lines                      | at least one product line |
        | lines             | not a list       | "DEC-1"       | "2026-06-15"    | "Beilun" | { "sku": "ROBOT-KIT-01" }                                 | $.lines                      | must be a JSON array      |
        | sku               | missing          | "DEC-1"       | "2026-06-15"    | "Beilun" | [ { "hsCode": "9503008900" } ]                            | $.lines[0].sku               | is required               |
        | sku               | duplicated       | "DEC-1"       | "2026-06-15"    | "Beilun" | [ { "sku": "ROBOT-KIT-01" }, { "sku": "ROBOT-KIT-01" } ]  | $.lines[1].sku               | duplicate SKU             |
        | containsBatteries | a word           | "DEC-1"       | "2026-06-15"    | "Beilun" | [ { "sku": "ROBOT-KIT-01", "containsBatteries": "yes" } ] | $.lines[0].containsBatteries | must be true or false     |

    Scenario Outline: A pack whose report <defect> is refused
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun",
          "lines": [ { "sku": "ROBOT-KIT-01", "category": "STEM_EDUCATIONAL_TOY", "reports": ["R-1"] } ],
          "reports": [ { "reportNumber": "R-1", "issuer": <issuer>, "labId": "LAB-001", "standard": "ASTM F963-23",
                         "issueDate": <issueDate>, "skus": ["ROBOT-KIT-01"], "results": <results> } ] }
        """
      Then it is refused as invalid input at "<location>"
      And the problem reported says "<problem>"
      And no decision is made

      Examples: report fields
        | defect                               | issuer            | issueDate    | results                     | location                          | problem          |
        | names an unknown issuer              | "ACCREDITED_LAB"  | "2026-03-02" | {}                          | $.reports[0].issuer               | unknown issuer   |
        | has no issuer                        | null              | "2026-03-02" | {}                          | $.reports[0].issuer               | is required      |
        | has an issue date that is not a date | "THIRD_PARTY_LAB" | "March 2026" | {}                          | $.reports[0].issueDate            | is not a date    |
        | names an unknown sub-test            | "THIRD_PARTY_LAB" | "2026-03-02" | { "LEAD_CONTENT": "PASS" }  | $.reports[0].results.LEAD_CONTENT | unknown sub-test |
        | states an unknown result             | "THIRD_PARTY_LAB" | "2026-03-02" | { "SMALL_PARTS": "PASSED" } | $.reports[0].results.SMALL_PARTS  | unknown result   |
        | states a result as a boolean         | "THIRD_PARTY_LAB" | "2026-03-02" | { "HEAVY_METALS": true }    | $.reports[0].results.HEAVY_METALS | found a boolean  |

    Scenario: A pack that is not JSON at all is refused with where it breaks
      When the exporter submits this pack:
        """
        declarationId=DEC-1; terminal=Beilun
        """
      Then it is refused as invalid input on line 1
      And the problem reported says "not valid JSON"
      And no decision is made

    Scenario: A pack that is cut off is refused
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun",
          "lines": [ { "sku": "ROBOT-KIT-01" }
        """
      Then the problem reported says "not valid JSON"
      And no decision is made

    Scenario: A pack with two reports under the same number is refused
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun",
          "lines": [ { "sku": "ROBOT-KIT-01", "reports": ["R-1"] } ],
          "reports": [
            { "reportNumber": "R-1", "issuer": "THIRD_PARTY_LAB", "issueDate": "2026-03-02", "skus": ["ROBOT-KIT-01"] },
            { "reportNumber": "R-1", "issuer": "THIRD_PARTY_LAB", "issueDate": "2026-04-02", "skus": ["ROBOT-KIT-01"] } ] }
        """
      Then it is refused as invalid input at "$.reports[1].reportNumber"
      And the problem reported says "duplicate report number"
      And no decision is made

    Scenario: A pack whose addenda amend each other in a circle is refused
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun",
          "lines": [ { "sku": "ROBOT-KIT-01", "reports": ["R-1"] } ],
          "reports": [
            { "reportNumber": "R-1", "issuer": "THIRD_PARTY_LAB", "issueDate": "2026-03-02", "skus": ["ROBOT-KIT-01"], "amends": "R-2" },
            { "reportNumber": "R-2", "issuer": "THIRD_PARTY_LAB", "issueDate": "2026-04-02", "skus": ["ROBOT-KIT-01"], "amends": "R-1" } ] }
        """
      Then it is refused as invalid input at "$.reports[0].amends"
      And the problem reported says "cycle"
      And no decision is made

    Scenario: A pack that is a list rather than one declaration is refused
      When the exporter submits this pack:
        """json
        [ { "declarationId": "DEC-1" } ]
        """
      Then it is refused as invalid input at "$"
      And the problem reported says "expected a JSON object"
      And no decision is made

  Rule: A field the pack format does not define is refused, naming its path and the field meant

    Scenario Outline: A pack with the misspelt field "<field>" is refused
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun"<declaration>,
          "lines": [ { "sku": "ROBOT-KIT-01", "hsCode": "9503008900", "category": "STEM_EDUCATIONAL_TOY",
                       "containsBatteries": true, "reports": ["R-1"]<line> } ],
          "reports": [ { "reportNumber": "R-1", "issuer": "THIRD_PARTY_LAB", "labId": "LAB-001",
                         "standard": "ASTM F963-23", "issueDate": "2026-03-02", "skus": ["ROBOT-KIT-01"],
                         "results": { "HEAVY_METALS": "PASS", "SMALL_PARTS": "PASS",
                                      "BATTERY_COMPARTMENT_STRENGTH": "PASS" }<report> } ] }
        """
      Then it is refused as invalid input at "<location>"
      And the problem reported says "unknown field (did you mean \"<meant>\"?)"
      And no decision is made

      Examples: misspellings of a line's fields
        | field            | declaration | line                        | report | location                    | meant             |
        | hscode           |             | , "hscode": "9503008900"    |        | $.lines[0].hscode           | hsCode            |
        | containsBateries |             | , "containsBateries": false |        | $.lines[0].containsBateries | containsBatteries |
        | report           |             | , "report": ["R-2"]         |        | $.lines[0].report           | reports           |
        | catgory          |             | , "catgory": "GENERAL_TOY"  |        | $.lines[0].catgory          | category          |

      Examples: misspellings of a report's fields
        | field        | declaration | line | report                     | location                  | meant        |
        | issueDte     |             |      | , "issueDte": "2026-03-02" | $.reports[0].issueDte     | issueDate    |
        | lab          |             |      | , "lab": "LAB-002"         | $.reports[0].lab          | labId        |
        | amend        |             |      | , "amend": "R-0"           | $.reports[0].amend        | amends       |
        | resultsBySKU |             |      | , "resultsBySKU": {}       | $.reports[0].resultsBySKU | resultsBySku |
        | result       |             |      | , "result": {}             | $.reports[0].result       | results      |

      Examples: misspellings of the declaration's fields
        | field     | declaration            | line | report | location    | meant    |
        | terminals | , "terminals": "Daxie" |      |        | $.terminals | terminal |
        | report    | , "report": []         |      |        | $.report    | reports  |

    Scenario: A field that is like no known field is refused, listing the fields the format knows
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun",
          "lines": [ { "sku": "ROBOT-KIT-01", "colour": "red" } ] }
        """
      Then it is refused as invalid input at "$.lines[0].colour"
      And the problem reported says "unknown field"
      And the problem reported says "hsCode"
      And no decision is made

    Scenario: The same pack, with every field spelt as the format defines it, is decided
      Given the lab registry:
        | lab id  | name                       | status | accredited for       | valid from | valid until |
        | LAB-001 | Example Testing Co. Ningbo | ACTIVE | ASTM F963-23;EN 71-1 | 2025-01-01 | 2027-12-31  |
      When the exporter submits this pack:
        """json
        { "declarationId": "DEC-1", "declarationDate": "2026-06-15", "terminal": "Beilun",
          "lines": [ { "sku": "ROBOT-KIT-01", "description": "Programmable robot kit", "hsCode": "9503008900",
                       "category": "STEM_EDUCATIONAL_TOY", "containsBatteries": true, "reports": ["R-1"] } ],
          "reports": [ { "reportNumber": "R-1", "issuer": "THIRD_PARTY_LAB", "labId": "LAB-001",
                         "standard": "ASTM F963-23", "issueDate": "2026-03-02", "skus": ["ROBOT-KIT-01"],
                         "results": { "HEAVY_METALS": "PASS", "SMALL_PARTS": "PASS",
                                      "BATTERY_COMPARTMENT_STRENGTH": "PASS" },
                         "resultsBySku": {}, "amends": null } ] }
        """
      Then the outcome is GREEN_LANE
      And there are no findings

  Rule: A broken lab registry is refused with the line and column of the problem

    Scenario Outline: A registry row with <defect> is refused
      When the operator loads this lab registry:
        """csv
        lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status
        <row>
        """
      Then it is refused as invalid input at "<location>"
      And the problem reported says "<problem>"

      Examples: registry rows
        | defect                           | row                                                                | location          | problem              |
        | an unknown status                | LAB-001,Example Lab,CNAS,ASTM F963-23,2025-01-01,,ACCREDITED       | line 2, column 51 | unknown status       |
        | a date that does not parse       | LAB-001,Example Lab,CNAS,ASTM F963-23,01/01/2025,,ACTIVE           | line 2, column 39 | is not a date        |
        | a missing field                  | LAB-001,Example Lab,CNAS,ASTM F963-23,2025-01-01,ACTIVE            | line 2, column 1  | expected 7 fields    |
        | validity ending before it starts | LAB-001,Example Lab,CNAS,ASTM F963-23,2025-01-01,2024-12-31,ACTIVE | line 2, column 50 | is before valid_from |

    Scenario Outline: A registry row whose <column> is <defect> is refused
      When the operator loads this lab registry:
        """csv
        lab_id,name,lab_type,accreditation_body,accredited_for,valid_from,valid_until,status,status_since
        <row>
        """
      Then it is refused as invalid input at "<location>"
      And the problem reported says "<problem>"

      Examples: the lab_type and status_since columns
        | column       | defect          | row                                                                                | location          | problem          |
        | lab_type     | an unknown type | LAB-001,Example Lab,INDEPENDENT,CNAS,ASTM F963-23,2025-01-01,,ACTIVE,              | line 2, column 21 | unknown lab type |
        | status_since | not a date      | LAB-001,Example Lab,THIRD_PARTY,CNAS,ASTM F963-23,2025-01-01,,SUSPENDED,20/05/2026 | line 2, column 73 | is not a date    |

    Scenario: A registry whose header misspells one of its columns is refused, naming the column meant
      When the operator loads this lab registry:
        """csv
        lab_id,name,lab_tpye,accreditation_body,accredited_for,valid_from,valid_until,status
        LAB-001,Example Lab,FIREWALLED,CNAS,ASTM F963-23,2025-01-01,,ACTIVE
        """
      Then it is refused as invalid input at "line 1, column 13"
      And the problem reported says "unknown column \"lab_tpye\" (did you mean \"lab_type\"?)"
