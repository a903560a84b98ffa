package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.RuleSetException.Problem;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * The compiler's messages in a policy author's words, at a real line and column: a misspelt fact field names the
 * fact's fields, closest first; the parser's codes and the expression language's own reports are cut.
 */
final class CompileMessages {
    private static final Pattern POSITION = Pattern.compile("\\[?Line (\\d+):(\\d+)\\]?");
    private static final Pattern QUOTED = Pattern.compile("'([^']{2,})'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\$?\\w+)\\(\\)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("(?:Unknown property|unknown field) '?(\\$?\\w+)'? (?:on|in|for) (?:class )?'?([\\w.$]+)'?");
    /** A Java consequence calling an accessor the fact does not have. */
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
    /** A binding to a field the fact does not have: {@code Field Reader does not exist for declaration '$x' in '$x : field'}. */
    static final Pattern BINDING = Pattern.compile(
            "Field Reader does not exist for declaration '(\\$?\\w+)' in '\\$?\\w+\\s*:\\s*(\\w+)");
    /** The parser's own wording: {@code [ERR 102] Line 13:4 mismatched input 'x' in rule "…"}. */
    private static final Pattern PARSER = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ (.*?)(?: in rule \"[^\"]*\")?$");
    private static final String FACTS_PACKAGE = "io.greenlane.eligibility.facts.";

    private CompileMessages() {
    }

    static Problem problem(KnowledgeBuilderError error, String file, String message, String[] source) {
        int line = 0;
        for (int l : error.getLines()) {
            if (l > 0) {
                line = l;
                break;
            }
        }
        int column;
        Matcher binding = BINDING.matcher(message);
        Matcher position = POSITION.matcher(message);
        if (binding.find() && source != null && line >= 1 && line <= source.length) {
            String text = source[line - 1];
            Matcher pattern = Pattern.compile("(\\w+)\\s*\\([^()]*?" + Pattern.quote(binding.group(1))
                    + "\\s*:\\s*" + Pattern.quote(binding.group(2)) + "\\b").matcher(text);
            if (pattern.find()) {
                int at = text.indexOf(binding.group(2), pattern.start());
                return new Problem(file, line, at + 1,
                        unknownField(FACTS_PACKAGE + pattern.group(1), binding.group(2), message));
            }
            column = column(source, line, message);
        } else if (position.find()) {
            line = line == 0 ? Integer.parseInt(position.group(1)) : line;
            column = Integer.parseInt(position.group(2)) + 1;
        } else {
            column = column(source, line, message);
        }
        return new Problem(file, Math.max(1, line), Math.max(1, column), authorsWords(message));
    }

    /**
     * The message in a policy author's words: a misspelt fact field names the fact's fields, closest first;
     * engine internals are cut.
     */
    static String authorsWords(String message) {
        Matcher strict = STRICT_MODE.matcher(message);
        if (strict.find()) {
            return unknownField(strict.group(1), strict.group(2), message);
        }
        Matcher unknown = UNKNOWN_FIELD.matcher(message);
        if (unknown.find()) {
            return unknownField(unknown.group(2), unknown.group(1), message);
        }
        Matcher undefined = UNDEFINED_METHOD.matcher(message);
        if (undefined.find()) {
            return unknownField(FACTS_PACKAGE + undefined.group(2), undefined.group(1), message);
        }
        Matcher parser = PARSER.matcher(message);
        if (parser.find()) {
            return parserWords(parser.group(1));
        }
        String words = message.replaceAll("\\s*\\[Rule name='[^']*'\\]\\s*", " ").trim();
        return words.length() > 400 ? words.substring(0, 400) + "…" : words;
    }

    /** The DRL parser's complaint in words: what it met, and what usually causes it. */
    private static String parserWords(String said) {
        Matcher m;
        if ((m = Pattern.compile("^mismatched input '([^']*)'(?: expecting (.*))?").matcher(said)).find()
                || (m = Pattern.compile("^extraneous input '([^']*)'(?: expecting (.*))?").matcher(said)).find()) {
            return "unexpected \"" + m.group(1) + "\"" + (m.group(2) == null ? "" : " (expected " + m.group(2) + ")")
                    + ": a pattern or parenthesis before it may not be closed";
        }
        if ((m = Pattern.compile("^no viable alternative at input '([^']*)'").matcher(said)).find()) {
            return "cannot read \"" + m.group(1) + "\" here: check the spelling and the parentheses before it";
        }
        if ((m = Pattern.compile("^missing (.*) at '([^']*)'").matcher(said)).find()) {
            return "missing " + m.group(1) + " before \"" + m.group(2) + "\"";
        }
        return "cannot read the rule here: " + said;
    }

    private static String unknownField(String className, String field, String message) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (!className.startsWith(FACTS_PACKAGE)) {
            return "unknown field or method \"" + field + "\" of " + simple;
        }
        try {
            Class<?> type = Class.forName(className);
            List<String> fields = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.add(component.getName());
                }
            }
            String wanted = field.startsWith("get") && field.length() > 3
                    ? Character.toLowerCase(field.charAt(3)) + field.substring(4) : field;
            fields.sort(Comparator.comparingInt((String f) -> distance(f.toLowerCase(), wanted.toLowerCase()))
                    .thenComparing(f -> f));
            return "fact " + simple + " has no field \"" + wanted + "\"; its fields are " + String.join(", ", fields)
                    + " (closest first; see docs/policy-authors.md)";
        } catch (ClassNotFoundException e) {
            return "unknown field \"" + field + "\" of " + simple;
        }
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Drools reports compile errors by line only: find the column where the expression the message quotes
     * starts on that line (or the line's first non-blank character), so authors land on the spot.
     */
    static int column(String[] source, int line, String message) {
        if (source == null || line < 1 || line > source.length) {
            return 1;
        }
        String text = source[line - 1];
        Matcher strict = STRICT_MODE.matcher(message);
        if (strict.find()) {
            String field = strict.group(2);
            String wanted = field.startsWith("get") && field.length() > 3
                    ? Character.toLowerCase(field.charAt(3)) + field.substring(4) : field;
            int at = text.indexOf(wanted);
            if (at >= 0) {
                return at + 1;
            }
        }
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
        return first < text.length() ? first + 1 : 1;
    }
}
