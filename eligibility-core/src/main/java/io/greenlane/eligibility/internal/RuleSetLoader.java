package io.greenlane.eligibility.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetException.Problem;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.RuleSetRef;
import io.greenlane.eligibility.facts.Policy;
import io.greenlane.eligibility.facts.Standard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads rule sets (a folder each: {@code manifest.json} plus the DRL files it lists) from the classpath
 * under {@code rule-sets/} (listed in {@code rule-sets/index.txt}) or from a directory, checks their
 * manifests and in-force dates, and compiles each into a {@link KieBase} on the classic (MVEL) path so that
 * problems come back with file and line.
 */
public final class RuleSetLoader {

    /** Where the shipped rule sets live on the classpath. */
    public static final String CLASSPATH_ROOT = "rule-sets/";
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION = Pattern.compile("\\[?Line (\\d+):(\\d+)\\]?");
    private static final Pattern QUOTED = Pattern.compile("'([^']{2,})'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");

    private RuleSetLoader() {
    }

    /** Reads files of one rule set folder by name. */
    interface FolderFiles {
        byte[] read(String name) throws IOException;
    }

    /** Loads and compiles every shipped rule set on the classpath. */
    public static List<CompiledRuleSet> fromClasspath() {
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        byte[] index = classpathBytes(loader, CLASSPATH_ROOT + "index.txt");
        if (index == null) {
            throw new RuleSetException(List.of(new Problem(CLASSPATH_ROOT + "index.txt", 0, 0,
                    "no rule sets on the classpath: add the eligibility-rules jar")));
        }
        List<String> ids = new String(index, StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<Problem> problems = new ArrayList<>();
        List<CompiledRuleSet> sets = new ArrayList<>();
        for (String id : ids) {
            load(id, name -> {
                byte[] bytes = classpathBytes(loader, CLASSPATH_ROOT + id + "/" + name);
                if (bytes == null) {
                    throw new IOException("not found on the classpath");
                }
                return bytes;
            }, null, problems, sets);
        }
        return finish(sets, problems);
    }

    /**
     * Loads and compiles the rule set in {@code root} when it holds a {@code manifest.json}, otherwise every
     * rule set folder directly under it. A folder's name need not be its id (a draft copy may be named freely).
     */
    public static List<CompiledRuleSet> fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetException(List.of(new Problem(root.toString(), 0, 0, "not a directory")));
        }
        List<Path> folders;
        if (Files.isRegularFile(root.resolve("manifest.json"))) {
            folders = List.of(root);
        } else {
            try (Stream<Path> list = Files.list(root)) {
                folders = list.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (folders.isEmpty()) {
            problems.add(new Problem(root.toString(), 0, 0, "no rule set folders (with a manifest.json) here"));
        }
        List<CompiledRuleSet> sets = new ArrayList<>();
        for (Path folder : folders) {
            String id = folder.getFileName().toString();
            load(id, name -> Files.readAllBytes(folder.resolve(name)), folder, problems, sets);
        }
        return finish(sets, problems);
    }

    private static List<CompiledRuleSet> finish(List<CompiledRuleSet> sets, List<Problem> problems) {
        if (problems.isEmpty()) {
            checkDates(sets, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<CompiledRuleSet> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparing(s -> s.info().inForceFrom()));
        LocalDate laneEnd = sorted.get(sorted.size() - 1).info().inForceUntil();
        return sorted.stream().map(set -> set.withLaneEnd(laneEnd)).toList();
    }

    /** Overlapping or gapped in-force ranges are errors: exactly one rule set decides each day after the first. */
    private static void checkDates(List<CompiledRuleSet> sets, List<Problem> problems) {
        List<CompiledRuleSet> sorted = sets.stream()
                .sorted(Comparator.comparing((CompiledRuleSet set) -> set.info().inForceFrom())).toList();
        Map<String, String> folderOfId = new HashMap<>();
        for (CompiledRuleSet set : sorted) {
            String first = folderOfId.putIfAbsent(set.info().ref().id(), set.folder());
            if (first != null) {
                problems.add(new Problem(set.folder() + "/manifest.json", 0, 0, "duplicate rule set id \""
                        + set.info().ref().id() + "\" (also in " + first + "/manifest.json)"));
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            RuleSetInfo before = sorted.get(i - 1).info();
            RuleSetInfo after = sorted.get(i).info();
            String file = sorted.get(i).folder() + "/manifest.json";
            if (before.inForceUntil() == null || !before.inForceUntil().isBefore(after.inForceFrom())) {
                problems.add(new Problem(file, 0, 0, "in force from " + after.inForceFrom() + ", which overlaps "
                        + before.ref().id() + " (in force " + range(before) + "); give " + before.ref().id()
                        + " an inForceUntil of " + after.inForceFrom().minusDays(1)));
            } else if (before.inForceUntil().plusDays(1).isBefore(after.inForceFrom())) {
                problems.add(new Problem(file, 0, 0, "leaves a gap: " + before.ref().id() + " ends on "
                        + before.inForceUntil() + " but this starts on " + after.inForceFrom()
                        + "; no rule set would decide the days between"));
            }
        }
    }

    private static String range(RuleSetInfo info) {
        return info.inForceFrom() + " to " + (info.inForceUntil() == null ? "open end" : info.inForceUntil());
    }

    private static void load(String folderName, FolderFiles files, Path folder, List<Problem> problems,
                             List<CompiledRuleSet> sets) {
        String manifestFile = folderName + "/manifest.json";
        byte[] manifestBytes;
        try {
            manifestBytes = files.read("manifest.json");
        } catch (IOException e) {
            problems.add(new Problem(manifestFile, 0, 0, "cannot read: " + e.getMessage()));
            return;
        }
        int before = problems.size();
        Manifest manifest = Manifest.parse(manifestBytes, manifestFile, problems);
        if (manifest == null || problems.size() > before) {
            return;
        }
        MessageDigest digest = sha256();
        digest.update(("manifest.json\n").getBytes(StandardCharsets.UTF_8));
        digest.update(manifestBytes);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String[]> sources = new HashMap<>();
        for (String rulesFile : manifest.rules) {
            String path = folderName + "/" + rulesFile;
            byte[] drl;
            try {
                drl = files.read(rulesFile);
            } catch (IOException e) {
                problems.add(new Problem(path, 0, 0, "listed in manifest.json but cannot be read: " + e.getMessage()));
                continue;
            }
            digest.update(("\n" + rulesFile + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(drl);
            sources.put(path, new String(drl, StandardCharsets.UTF_8).split("\r?\n", -1));
            builder.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(path), ResourceType.DRL);
        }
        if (folder != null) {
            unlisted(folder, folderName, manifest.rules, problems);
        }
        List<Problem> compileProblems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            compileProblems.add(problem(error, folderName, sources));
        }
        // The parser repeats every syntax error as "null Package" at line 0: say each problem once.
        compileProblems.stream()
                .filter(p -> !(p.line() == 0 && p.message().contains("Parser returned a null Package")
                        && compileProblems.stream().anyMatch(o -> o.file().equals(p.file()) && o.line() > 0)))
                .forEach(problems::add);
        if (problems.size() > before) {
            return;
        }
        KieBase kieBase = builder.newKieBase();
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
            // Queries are listed among the rules, but they never fire: they are not rules to cover.
            kiePackage.getQueries().forEach(query -> names.remove(query.getName()));
        }
        RuleSetRef ref = new RuleSetRef(manifest.id, "sha256:" + HexFormat.of().formatHex(digest.digest()));
        RuleSetInfo info = new RuleSetInfo(ref, manifest.inForceFrom, manifest.inForceUntil, manifest.description,
                manifest.source, List.copyOf(names), parameters(manifest.policy), List.of());
        LOG.debug("Compiled rule set {} ({} rules, {})", manifest.id, names.size(), ref.digest());
        sets.add(CompiledRuleSet.of(info, kieBase, manifest.policy, folderName));
    }

    private static Map<String, Object> parameters(Policy policy) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("laneStart", policy.laneStart().toString());
        parameters.put("coveredTerminals", policy.coveredTerminals());
        parameters.put("maxReportAgeMonths", policy.maxReportAgeMonths());
        parameters.put("acceptedStandard", policy.acceptedStandard().canonical());
        parameters.put("productHsHeading", policy.productHsHeading());
        return parameters;
    }

    private static void unlisted(Path folder, String folderName, List<String> listed, List<Problem> problems) {
        try (Stream<Path> list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted()
                    .filter(n -> !listed.contains(n))
                    .forEach(n -> problems.add(new Problem(folderName + "/" + n, 0, 0,
                            "DRL file not listed in manifest.json \"rules\"; list it or remove it")));
        } catch (IOException e) {
            problems.add(new Problem(folderName, 0, 0, "cannot list folder: " + e.getMessage()));
        }
    }

    private static Problem problem(KnowledgeBuilderError error, String folderName, Map<String, String[]> sources) {
        String file = error.getResource() == null || error.getResource().getSourcePath() == null
                ? folderName : error.getResource().getSourcePath();
        int line = 0;
        for (int l : error.getLines()) {
            if (l > 0) {
                line = l;
                break;
            }
        }
        int column = 0;
        String message = error.getMessage().replaceAll("\\s+", " ").trim();
        Matcher position = POSITION.matcher(message);
        if (position.find()) {
            line = line == 0 ? Integer.parseInt(position.group(1)) : line;
            column = Integer.parseInt(position.group(2)) + 1;
        } else {
            column = column(sources.get(file), line, message);
        }
        return new Problem(file, line, column, message);
    }

    /**
     * Drools reports compile errors by line only: find the column where the expression the message quotes
     * starts on that line (or the line's first non-blank character), so authors land on the spot.
     */
    static int column(String[] source, int line, String message) {
        if (source == null || line < 1 || line > source.length) {
            return 0;
        }
        String text = source[line - 1];
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            String fragment = quoted.group(1).trim();
            int colon = fragment.indexOf(" : ");
            for (String candidate : new String[] {fragment, colon > 0 ? fragment.substring(colon + 3) : ""}) {
                int at = candidate.isEmpty() ? -1 : text.indexOf(candidate);
                if (at >= 0) {
                    return at + 1;
                }
            }
        }
        Matcher expression = EXPRESSION.matcher(message);
        if (expression.find()) {
            int at = text.indexOf(expression.group(1).trim());
            if (at >= 0) {
                return at + 1;
            }
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first < text.length() ? first + 1 : 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] classpathBytes(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the classpath", e);
        }
    }

    /** A rule set's manifest, checked field by field. */
    static final class Manifest {
        String id;
        String description;
        String source;
        LocalDate inForceFrom;
        LocalDate inForceUntil;
        List<String> rules;
        Policy policy;

        static Manifest parse(byte[] bytes, String file, List<Problem> problems) {
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                problems.add(new Problem(file, line, column, "not valid JSON: " + e.getOriginalMessage()));
                return null;
            } catch (IOException e) {
                problems.add(new Problem(file, 0, 0, "cannot read: " + e.getMessage()));
                return null;
            }
            if (root == null || !root.isObject()) {
                problems.add(new Problem(file, 0, 0, "must be a JSON object"));
                return null;
            }
            Manifest m = new Manifest();
            Checker c = new Checker(file, problems, new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1));
            m.id = c.text(root, "id", true);
            m.description = c.text(root, "description", true);
            m.source = c.text(root, "source", true);
            m.inForceFrom = c.date(root, "inForceFrom", true);
            m.inForceUntil = c.date(root, "inForceUntil", false);
            if (m.inForceFrom != null && m.inForceUntil != null && m.inForceUntil.isBefore(m.inForceFrom)) {
                c.problem("inForceUntil", m.inForceUntil + " is before inForceFrom " + m.inForceFrom);
            }
            m.rules = c.textList(root, "rules");
            for (String rule : m.rules) {
                if (!rule.endsWith(".drl") || rule.contains("/") || rule.contains("\\")) {
                    c.problem("rules", "\"" + rule + "\" must be a .drl file name in the rule set folder");
                }
            }
            JsonNode params = root.get("parameters");
            if (params == null || !params.isObject()) {
                c.problem("parameters", "is required: an object of named parameters, each with a value and a source");
                return m;
            }
            LocalDate laneStart = c.date(c.parameter(params, "laneStart"), "parameters.laneStart.value", true);
            List<String> terminals = c.textList(c.parameter(params, "coveredTerminals"),
                    "parameters.coveredTerminals.value").stream().map(t -> t.trim().toUpperCase(Locale.ROOT)).toList();
            Integer maxAge = c.positiveInt(c.parameter(params, "maxReportAgeMonths"),
                    "parameters.maxReportAgeMonths.value");
            String accepted = c.text(c.parameter(params, "acceptedStandard"), "parameters.acceptedStandard.value", true);
            Standard acceptedStandard = accepted == null ? null : Standard.parse(accepted);
            if (acceptedStandard != null && !acceptedStandard.isRecognised()) {
                c.problem("parameters.acceptedStandard.value", "\"" + accepted + "\" is not a standard edition");
            }
            String heading = c.text(c.parameter(params, "productHsHeading"), "parameters.productHsHeading.value", true);
            if (heading != null && !heading.matches("\\d{2,10}")) {
                c.problem("parameters.productHsHeading.value", "\"" + heading + "\" must be digits, e.g. 9503");
            }
            if (terminals.isEmpty()) {
                c.problem("parameters.coveredTerminals.value", "must name at least one terminal");
            }
            if (laneStart != null && maxAge != null && acceptedStandard != null && heading != null) {
                m.policy = new Policy(m.id, laneStart, null, terminals, maxAge, acceptedStandard, heading);
            }
            return m;
        }
    }

    /** Field checks for a manifest, collecting problems rather than stopping at the first. */
    private static final class Checker {
        private static final JsonNode MISSING = JSON.missingNode();
        private final String file;
        private final List<Problem> problems;
        private final String[] text;

        Checker(String file, List<Problem> problems, String[] text) {
            this.file = file;
            this.problems = problems;
            this.text = text;
        }

        /** A problem located at the most specific part of the field's path that the manifest names. */
        void problem(String field, String message) {
            String[] segments = field.split("\\.");
            for (int i = segments.length - 1; i >= 0; i--) {
                String key = "\"" + segments[i] + "\"";
                for (int line = 0; line < text.length; line++) {
                    int at = text[line].indexOf(key);
                    if (at >= 0 && (i == 0 || precededBy(line, segments[i - 1]))) {
                        problems.add(new Problem(file, line + 1, at + 1, field + ": " + message));
                        return;
                    }
                }
            }
            problems.add(new Problem(file, 1, 1, field + ": " + message));
        }

        /** Whether the key on {@code line} sits inside the object named {@code parent} (nearest key above). */
        private boolean precededBy(int line, String parent) {
            for (int above = line; above >= 0; above--) {
                if (text[above].contains("\"" + parent + "\"")) {
                    return true;
                }
            }
            return false;
        }

        JsonNode parameter(JsonNode params, String name) {
            JsonNode p = params.get(name);
            if (p == null || !p.isObject()) {
                problem("parameters." + name, "is required: {\"value\": …, \"source\": \"…\"}");
                return MISSING;
            }
            JsonNode source = p.get("source");
            if (source == null || !source.isTextual() || source.textValue().isBlank()) {
                problem("parameters." + name + ".source", "is required: cite the official text this value comes from");
            }
            return p.has("value") ? p : MISSING;
        }

        String text(JsonNode node, String field, boolean required) {
            JsonNode value = node.isMissingNode() ? null : node.get(fieldName(field));
            if (value == null || value.isNull()) {
                if (required && !node.isMissingNode()) {
                    problem(field, "is required");
                }
                return null;
            }
            if (!value.isTextual() || value.textValue().isBlank()) {
                problem(field, "must be a non-empty string");
                return null;
            }
            return value.textValue().trim();
        }

        LocalDate date(JsonNode node, String field, boolean required) {
            String text = text(node, field, required);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, "\"" + text + "\" is not an ISO-8601 date");
                return null;
            }
        }

        Integer positiveInt(JsonNode node, String field) {
            JsonNode value = node.isMissingNode() ? null : node.get("value");
            if (value == null || !value.isInt() || value.intValue() < 1) {
                if (!node.isMissingNode()) {
                    problem(field, "must be a whole number of at least 1");
                }
                return null;
            }
            return value.intValue();
        }

        List<String> textList(JsonNode node, String field) {
            JsonNode value = node.isMissingNode() ? null : node.get(fieldName(field));
            if (value == null || !value.isArray()) {
                if (!node.isMissingNode()) {
                    problem(field, "must be a list of strings");
                }
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || item.textValue().isBlank()) {
                    problem(field, "must contain only non-empty strings");
                } else {
                    texts.add(item.textValue().trim());
                }
            }
            return texts;
        }

        private static String fieldName(String field) {
            int dot = field.lastIndexOf('.');
            return dot < 0 ? field : field.substring(dot + 1);
        }
    }
}
