package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.FindingCode;
import io.greenlane.eligibility.api.RuleSetException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a rule set's DRL files on the classic path, where problems come back with a line, and words each
 * problem for a policy author: the file, a real line and column, the first error of a rule only (the rest
 * usually follow from it), and for a misspelt fact field the fields that fact has. Also reviews the DRL: a
 * finding code outside the contract's catalogue is an error; a consequence that reaches outside the decision
 * (the process, files, the network, reflection, threads) is a warning. The review is a lint, not a sandbox:
 * rules folders are code, and only trusted authors may supply one.
 */
final class DrlCompiler {
    private static final Pattern RULE_NAME = Pattern.compile("Rule name='([^']*)'|in the rule '([^']*)'|in rule \"([^\"]*)\"");
    private static final Pattern RAISED_CODE = Pattern.compile("Finding\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern OUTSIDE = Pattern.compile(
            "\\b(System\\s*\\.|Runtime\\b|ProcessBuilder\\b|java\\.io\\b|java\\.nio\\b|java\\.net\\b|"
                    + "java\\.lang\\.reflect\\b|Class\\s*\\.\\s*forName|\\.getDeclared\\w*\\(|setAccessible\\b|"
                    + "Thread\\b|Executors?\\b|java\\.util\\.concurrent\\b|ClassLoader\\b)");
    /**
     * Rules already compiled in this process, by a hash of their files: reloading or swapping back to unchanged
     * DRL reuses its rules instead of compiling them again (a compile takes seconds). A few only: old rules are
     * left to the collector.
     */
    private static final Map<String, KieBase> COMPILED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
                    return size() > 8;
                }
            });

    private DrlCompiler() {
    }

    /** One DRL file: its name as problems show it, its bytes and its lines. */
    record Source(String path, byte[] bytes, String[] lines) {
        /** The file's lines, split once: the review, the rule locations and a compile's problems all read them. */
        Source(String path, byte[] bytes) {
            this(path, bytes, new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        }

        /** The file's name without its folders: a copy elsewhere hashes the same. */
        String name() {
            return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        }
    }

    /**
     * The compiled rules, or null when there were problems (added to {@code problems}).
     *
     * @param precompiled the rules already compiled for these sources (the shipped rule sets' executable model),
     *                    or null to compile them
     */
    static KieBase compile(List<Source> sources, List<Problem> problems, KieBase precompiled) {
        if (precompiled != null) {
            return precompiled;
        }
        String key = contentKey(sources);
        KieBase known = COMPILED.get(key);
        if (known != null) {
            return known;
        }
        KieBase compiled = build(sources, problems);
        if (compiled != null) {
            COMPILED.put(key, compiled);
        }
        return compiled;
    }

    /**
     * A hash of the files' names (without folders: a copy elsewhere compiles the same) and bytes; the build-time
     * model generator computes the same, so that a generated model is used only for its own DRL.
     */
    static String contentKey(List<Source> sources) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Source source : sources) {
                digest.update((source.name() + "\n" + source.bytes().length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(source.bytes());
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static KieBase build(List<Source> sources, List<Problem> problems) {
        Map<String, String[]> text = new LinkedHashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        int before = problems.size();
        for (Source source : sources) {
            text.put(source.path(), source.lines());
            builder.add(ResourceFactory.newByteArrayResource(source.bytes()).setSourcePath(source.path()), ResourceType.DRL);
        }
        List<Problem> compileProblems = new ArrayList<>();
        Set<String> rulesWithAProblem = new HashSet<>();
        Set<String> failedBindings = new HashSet<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            Matcher binding = CompileMessages.BINDING.matcher(error.getMessage());
            if (binding.find()) {
                failedBindings.add(file(error, sources) + "\u0000" + binding.group(1));
            }
        }
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String message = error.getMessage().replaceAll("\\s+", " ").trim();
            Matcher rule = RULE_NAME.matcher(message);
            String file = file(error, sources);
            if (rule.find() && !rulesWithAProblem.add(file + "\u0000" + firstGroup(rule))) {
                continue; // a later error of the same rule usually follows from the first
            }
            if (message.contains("Parser returned a null Package")) {
                continue; // the parser repeats each syntax error this way
            }
            if (followsFromAFailedBinding(message, file, failedBindings)) {
                continue; // the binding's own problem says it all
            }
            Problem problem = CompileMessages.problem(error, file, message, text.get(file));
            if (!compileProblems.contains(problem)) {
                compileProblems.add(problem);
            }
        }
        compileProblems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        problems.addAll(compileProblems);
        if (problems.size() > before) {
            return null;
        }
        return builder.newKieBase();
    }

    private static String firstGroup(Matcher matcher) {
        for (int g = 1; g <= matcher.groupCount(); g++) {
            if (matcher.group(g) != null) {
                return matcher.group(g);
            }
        }
        return "";
    }

    /** A use of a binding whose own declaration failed (its field does not exist) is not a second problem. */
    private static boolean followsFromAFailedBinding(String message, String file, Set<String> failedBindings) {
        if (CompileMessages.BINDING.matcher(message).find()) {
            return false;
        }
        Matcher used = Pattern.compile("(\\$\\w+)").matcher(message);
        while (used.find()) {
            if (failedBindings.contains(file + "\u0000" + used.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static String file(KnowledgeBuilderError error, List<Source> sources) {
        if (error.getResource() != null && error.getResource().getSourcePath() != null) {
            return error.getResource().getSourcePath();
        }
        return sources.isEmpty() ? "" : sources.get(0).path();
    }

    /**
     * Reviews the DRL files before they are compiled (see the class comment): problems and warnings are added to
     * the lists.
     *
     * @return whether there were no problems (warnings do not count)
     */
    static boolean review(List<Source> sources, List<Problem> problems, List<Problem> warnings) {
        int before = problems.size();
        for (Source source : sources) {
            review(source, problems, warnings);
        }
        return problems.size() == before;
    }

    /** Finding codes must be the contract's; reaching outside the decision is worth a warning. */
    private static void review(Source source, List<Problem> problems, List<Problem> warnings) {
        String[] lines = source.lines();
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String code = withoutComments(line, inComment);
            inComment = code.endsWith("\u0000");
            code = code.replace("\u0000", "");
            Matcher raised = RAISED_CODE.matcher(code);
            while (raised.find()) {
                if (!FindingCode.isKnown(raised.group(1))) {
                    problems.add(new Problem(source.path(), i + 1, raised.start(1) + 1, "finding code \""
                            + raised.group(1) + "\" is not in the contract's catalogue of finding codes"
                            + " (see docs/formats.md); use one of them"));
                }
            }
            Matcher outside = OUTSIDE.matcher(STRING_LITERAL.matcher(code).replaceAll("\"\""));
            if (outside.find()) {
                warnings.add(new Problem(source.path(), i + 1, outside.start(1) + 1, "warning: \""
                        + outside.group(1).replaceAll("\\s", "") + "\" reaches outside the decision (the process, "
                        + "files, the network, reflection or threads); rules should only insert facts. This is a "
                        + "lint, not a sandbox: a rules folder is code, load only folders from trusted authors"));
            }
        }
    }

    /** The line with comments and string literals blanked; a trailing NUL marks an unclosed block comment. */
    private static String withoutComments(String line, boolean inComment) {
        StringBuilder code = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (inComment) {
                if (c == '*' && next == '/') {
                    inComment = false;
                    i++;
                }
                code.append(' ');
            } else if (inString) {
                code.append(c);
                if (c == '\\') {
                    code.append(next);
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '/' && next == '*') {
                inComment = true;
                code.append(' ');
                i++;
            } else if ((c == '/' && next == '/') || c == '#') {
                break;
            } else {
                if (c == '"') {
                    inString = true;
                }
                code.append(c);
            }
        }
        String result = code.toString();
        return inComment ? result + "\u0000" : result;
    }
}
