package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.RuleSetException.Problem;
import io.greenlane.eligibility.engine.LocatedJson.Node;
import io.greenlane.eligibility.facts.CoveredTerminal;
import io.greenlane.eligibility.facts.Names;
import io.greenlane.eligibility.facts.Policy;
import io.greenlane.eligibility.facts.Standard;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rule set's {@code manifest.json}, checked field by field (the published schema is
 * {@code docs/schemas/manifest.schema.json}). Every problem is collected, not just the first, and points at
 * the key it is about; a manifest with any problem yields no rule set.
 *
 * <p>This file is over 300 lines because it is the whole of one format's reading, key by key, with the problem
 * each key can have; the schema in {@code docs/schemas} is its summary for machines.
 *
 * @param id the rule set's id
 * @param description what it encodes
 * @param source the text it encodes
 * @param inForceFrom first day it decides
 * @param inForceUntil last day it decides, or null
 * @param rules the DRL files, in order, with the line each is listed on
 * @param policy the parameters as the rules see them
 * @param terminals the covered terminals
 * @param parameters the parameter values for callers ({@link io.greenlane.eligibility.api.RuleSetInfo#parameters})
 * @param decidingParameters the parameter values in a canonical text: what the digest covers (no sources, no dates
 *                           in force)
 * @param inForceFromLine the line {@code inForceFrom} is on, for problems about the in-force period
 * @param inForceFromColumn the column its value starts at
 */
record Manifest(String id, String description, String source, LocalDate inForceFrom, LocalDate inForceUntil,
                Map<String, Integer> rules, Policy policy, List<CoveredTerminal> terminals,
                Map<String, Object> parameters, String decidingParameters, int inForceFromLine,
                int inForceFromColumn) {

    static final List<String> FIELDS =
            List.of("id", "description", "source", "inForceFrom", "inForceUntil", "rules", "parameters");
    static final List<String> PARAMETERS =
            List.of("laneStart", "coveredTerminals", "maxReportAgeMonths", "acceptedStandard", "productHsHeading");
    static final List<String> TERMINAL_FIELDS = List.of("name", "acceptedNames", "inLaneFrom");

    /** Reads a manifest; problems go to {@code problems} and the result is null when there is any. */
    static Manifest read(byte[] bytes, String file, List<Problem> problems) {
        Node root;
        try {
            root = LocatedJson.parse(bytes);
        } catch (LocatedJson.SyntaxError e) {
            problems.add(new Problem(file, e.line, e.column, e.getMessage()));
            return null;
        }
        if (!root.isObject()) {
            problems.add(new Problem(file, root.line(), root.column(), "must be a JSON object, found " + root.kind()));
            return null;
        }
        Checker c = new Checker(file, problems);
        int before = problems.size();
        c.known(root, "", FIELDS);
        String id = c.text(root, "id");
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            c.problem(root.get("id"), "id", "\"" + id + "\" must be letters, digits, '.', '_' or '-' (e.g. 2026-05-04)");
        }
        String description = c.text(root, "description");
        String source = c.text(root, "source");
        LocalDate from = c.date(root, "inForceFrom", "inForceFrom", true);
        LocalDate until = c.date(root, "inForceUntil", "inForceUntil", false);
        if (from != null && until != null && until.isBefore(from)) {
            c.problem(root.get("inForceUntil"), "inForceUntil", until + " is before inForceFrom " + from);
        }
        Map<String, Integer> rules = c.rules(root);
        Node params = root.get("parameters");
        Policy policy = null;
        List<CoveredTerminal> terminals = List.of();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> deciding = new TreeMap<>();
        if (params == null || !params.isObject()) {
            c.problem(params == null ? root : params, "parameters",
                    "is required: an object of named parameters, each with a value and a source");
        } else {
            c.known(params, "parameters.", PARAMETERS);
            LocalDate laneStart = c.date(c.parameter(params, "laneStart"), "value", "parameters.laneStart.value", true);
            terminals = c.terminals(c.parameter(params, "coveredTerminals"));
            Integer maxAge = c.positiveInt(c.parameter(params, "maxReportAgeMonths"), "parameters.maxReportAgeMonths.value");
            Standard.Edition accepted = c.edition(c.parameter(params, "acceptedStandard"));
            Node headingNode = c.parameter(params, "productHsHeading");
            String heading = c.text(headingNode, "value", "parameters.productHsHeading.value");
            if (heading != null && !heading.matches("\\d{2,10}")) {
                c.problem(headingNode.get("value"), "parameters.productHsHeading.value", "\"" + heading
                        + "\" must be digits, e.g. 9503");
            }
            if (problems.size() == before) {
                policy = new Policy(id, laneStart, null, null, terminals.stream().map(CoveredTerminal::name).toList(),
                        maxAge, accepted, heading);
                values.put("laneStart", laneStart.toString());
                values.put("coveredTerminals", terminals.stream().map(Manifest::terminalValue).toList());
                values.put("maxReportAgeMonths", maxAge);
                values.put("acceptedStandard", accepted.canonical());
                values.put("productHsHeading", heading);
                deciding.putAll(values);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Manifest(id, description, source, from, until, rules, policy, terminals, values,
                RuleSetDigest.canonicalJson(deciding), root.get("inForceFrom").line(), root.get("inForceFrom").column());
    }

    private static Map<String, Object> terminalValue(CoveredTerminal terminal) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", terminal.name());
        value.put("acceptedNames", terminal.acceptedNames());
        value.put("inLaneFrom", terminal.inLaneFrom().toString());
        return value;
    }

    /** Field checks, collecting problems rather than stopping at the first. */
    private static final class Checker {
        private final String file;
        private final List<Problem> problems;

        Checker(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        void problem(Node at, String field, String message) {
            problems.add(new Problem(file, at == null ? 1 : at.line(), at == null ? 1 : at.column(),
                    field + ": " + message));
        }

        /** Unknown keys are mistakes (a misspelt key would otherwise be silently ignored). */
        void known(Node object, String prefix, List<String> fields) {
            for (Map.Entry<String, Node> field : object.fields().entrySet()) {
                if (!fields.contains(field.getKey())) {
                    problem(field.getValue(), prefix + field.getKey(), "unknown field; expected one of "
                            + String.join(", ", fields));
                }
            }
        }

        String text(Node object, String key) {
            return text(object, key, key);
        }

        String text(Node object, String key, String field) {
            Node value = object == null ? null : object.get(key);
            if (object == null) {
                return null;
            }
            if (value == null || value.isNull()) {
                problem(value == null ? object : value, field, "is required");
                return null;
            }
            if (!(value.value() instanceof String text) || text.isBlank()) {
                problem(value, field, "must be a non-empty string, found " + value.kind());
                return null;
            }
            return text.trim();
        }

        LocalDate date(Node object, String key, String field, boolean required) {
            if (object == null) {
                return null;
            }
            Node value = object.get(key);
            if (!required && (value == null || value.isNull())) {
                return null;
            }
            String text = text(object, key, field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(value, field, "\"" + text + "\" is not an ISO-8601 date such as 2026-05-04");
                return null;
            }
        }

        Map<String, Integer> rules(Node root) {
            Node list = root.get("rules");
            Map<String, Integer> rules = new LinkedHashMap<>();
            if (list == null || !(list.value() instanceof List)) {
                problem(list == null ? root : list, "rules", "is required: the list of the rule set's DRL files");
                return rules;
            }
            if (list.items().isEmpty()) {
                problem(list, "rules", "must name at least one DRL file; a rule set with no rules decides nothing");
            }
            for (Node item : list.items()) {
                if (!(item.value() instanceof String name) || !name.endsWith(".drl") || name.contains("/")
                        || name.contains("\\") || name.startsWith(".")) {
                    problem(item, "rules", item.kind().equals("a string") ? "\"" + item.value()
                            + "\" must be a .drl file name in the rule set folder" : "must list file names, found " + item.kind());
                } else if (rules.putIfAbsent(name, item.line()) != null) {
                    problem(item, "rules", "\"" + name + "\" is listed twice");
                }
            }
            return rules;
        }

        /** A parameter's object ({@code value} and {@code source}), or null when it is missing or malformed. */
        Node parameter(Node params, String name) {
            Node p = params.get(name);
            String field = "parameters." + name;
            if (p == null || !p.isObject()) {
                problem(p == null ? params : p, field, "is required: {\"value\": …, \"source\": \"…\"}");
                return null;
            }
            known(p, field + ".", List.of("value", "source"));
            text(p, "source", field + ".source");
            if (p.get("value") == null) {
                problem(p, field + ".value", "is required");
                return null;
            }
            return p;
        }

        Integer positiveInt(Node p, String field) {
            if (p == null) {
                return null;
            }
            Node value = p.get("value");
            if (!(value.value() instanceof Integer number) || number < 1 || number > 120) {
                problem(value, field, "must be a whole number from 1 to 120, found " + value.kind());
                return null;
            }
            return number;
        }

        Standard.Edition edition(Node p) {
            String text = text(p, "value", "parameters.acceptedStandard.value");
            if (text == null) {
                return null;
            }
            Standard standard = Standard.parse(text);
            if (standard.editions().size() != 1 || standard.editions().get(0).year() == null) {
                problem(p.get("value"), "parameters.acceptedStandard.value", "\"" + text
                        + "\" must name one edition of ASTM F963, e.g. ASTM F963-23");
                return null;
            }
            return standard.editions().get(0);
        }

        List<CoveredTerminal> terminals(Node p) {
            if (p == null) {
                return List.of();
            }
            Node value = p.get("value");
            String field = "parameters.coveredTerminals.value";
            if (!(value.value() instanceof List) || value.items().isEmpty()) {
                problem(value, field, "must list at least one terminal: {\"name\": …, \"acceptedNames\": […], "
                        + "\"inLaneFrom\": \"YYYY-MM-DD\"}");
                return List.of();
            }
            List<CoveredTerminal> terminals = new ArrayList<>();
            Map<String, Integer> owner = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < value.items().size(); i++) {
                Node t = value.items().get(i);
                String at = field + "[" + i + "]";
                if (!t.isObject()) {
                    problem(t, at, "must be an object {\"name\": …, \"acceptedNames\": […], \"inLaneFrom\": …}");
                    continue;
                }
                known(t, at + ".", TERMINAL_FIELDS);
                String name = text(t, "name", at + ".name");
                LocalDate joins = date(t, "inLaneFrom", at + ".inLaneFrom", true);
                Set<String> keys = new LinkedHashSet<>();
                List<String> accepted = new ArrayList<>();
                if (name != null) {
                    keys.add(Names.key(name));
                }
                Node acceptedNames = t.get("acceptedNames");
                if (acceptedNames != null && !acceptedNames.isNull()) {
                    if (!(acceptedNames.value() instanceof List)) {
                        problem(acceptedNames, at + ".acceptedNames", "must be a list of names");
                    } else {
                        for (Node n : acceptedNames.items()) {
                            if (!(n.value() instanceof String s) || s.isBlank()) {
                                problem(n, at + ".acceptedNames", "must contain only non-empty names");
                            } else {
                                keys.add(Names.key(s));
                                accepted.add(s.trim());
                            }
                        }
                    }
                }
                names.add(name);
                for (String key : keys) {
                    Integer first = owner.putIfAbsent(key, i);
                    if (first != null) {
                        String other = names.get(first);
                        problem(t, at, Objects.equals(other, name)
                                ? "terminal \"" + name + "\" is listed twice (also " + field + "[" + first + "])"
                                : "the name \"" + key + "\" is also a name of " + other);
                        break;
                    }
                }
                if (name != null && joins != null) {
                    terminals.add(new CoveredTerminal(name, List.copyOf(accepted), Set.copyOf(keys), joins));
                }
            }
            return terminals;
        }
    }
}
