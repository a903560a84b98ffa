package io.greenlane.eligibility.features;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the QA step glossary ({@code docs/qa-steps.md}) from the step definitions themselves: every phrase with
 * its keyword, its parameters, and the table columns or text it takes ({@link Accepts}, {@link Table}).
 * {@code StepGlossaryTest} compares the file with what this writes, so the glossary cannot go stale.
 */
final class StepGlossary {
    /** The command that rewrites the glossary, as docs/qa.md gives it. */
    static final String REGENERATE = "mvn -B -q test -pl features -am -Dtest=StepGlossaryTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dglossary.write=true";

    /** The step classes, in the order of the glossary, with the heading of each. */
    private static final Map<Class<?>, String> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(LabRegistrySteps.class, "The operator's lab registry");
        TOPICS.put(DeclarationSteps.class, "The declaration and its product lines");
        TOPICS.put(ReportSteps.class, "Test reports and addenda");
        TOPICS.put(DecisionSteps.class, "Checking a declaration, and what the decision says");
        TOPICS.put(BrokenInputSteps.class, "Input that must be refused");
        TOPICS.put(SamplePackSteps.class, "The samples shipped with the project");
        TOPICS.put(RuleSetSteps.class, "Rule sets (policy authors)");
        TOPICS.put(InventorySteps.class, "The exporter's report inventory");
    }

    /** Built-in Cucumber parameter types the steps use, with what to write. */
    private static final Map<String, String> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("string", "any text in double quotes, e.g. `\"Beilun\"`; `\"\"` is empty. In standards, terminals,"
                + " categories and HS codes, a backslash, `u` and four hex digits stand for one character, so that"
                + " look-alikes show: `\\u2011` non-breaking hyphen, `\\u2212` minus sign, `\\u00A0` no-break space");
        BUILT_IN.put("int", "a whole number, e.g. `60`");
        BUILT_IN.put("word", "one word without spaces, e.g. a finding code such as `SUBTEST_MISSING`");
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");

    private StepGlossary() {
    }

    /** One step definition. */
    record Step(String keyword, String phrase, Method method, Accepts accepts) {
    }

    /** Every step definition of the step classes, by class in glossary order, then by keyword and phrase. */
    static Map<Class<?>, List<Step>> steps() {
        Map<Class<?>, List<Step>> steps = new LinkedHashMap<>();
        for (Class<?> type : stepClasses()) {
            if (!TOPICS.containsKey(type)) {
                throw new IllegalStateException(type.getSimpleName() + " defines steps but has no heading in the"
                        + " glossary: add it to StepGlossary.TOPICS");
            }
        }
        for (Class<?> type : TOPICS.keySet()) {
            List<Step> list = new ArrayList<>();
            for (Method method : type.getDeclaredMethods()) {
                step(method).ifPresent(list::add);
            }
            list.sort(Comparator.comparing((Step s) -> order(s.keyword())).thenComparing(Step::phrase));
            steps.put(type, list);
        }
        return steps;
    }

    /**
     * What is wrong with the step definitions for the glossary: a step that takes a table or a block of text
     * without saying which ({@link Accepts}), or says so without taking one.
     */
    static List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (List<Step> list : steps().values()) {
            for (Step step : list) {
                Class<?>[] types = step.method().getParameterTypes();
                Class<?> last = types.length == 0 ? null : types[types.length - 1];
                boolean takesTable = last != null && (List.class.isAssignableFrom(last) || DataTable.class == last
                        || Map.class.isAssignableFrom(last));
                int inPhrase = countParameters(step.phrase());
                boolean takesText = last == String.class && types.length == inPhrase + 1;
                String where = step.method().getDeclaringClass().getSimpleName() + "." + step.method().getName();
                Table table = step.accepts() == null ? Table.NONE : step.accepts().value();
                String text = step.accepts() == null ? "" : step.accepts().text();
                if (takesTable && table == Table.NONE) {
                    problems.add(where + " takes a table but does not say which: add @Accepts(Table.…)");
                }
                if (!takesTable && table != Table.NONE) {
                    problems.add(where + " says it takes " + table.title() + " but takes no table");
                }
                if (takesText && text.isEmpty()) {
                    problems.add(where + " takes a block of text but does not say what: add @Accepts(text = \"…\")");
                }
                if (!takesText && !text.isEmpty()) {
                    problems.add(where + " says it takes text but takes none");
                }
            }
        }
        return problems;
    }

    /** The glossary, as Markdown. */
    static String markdown() {
        Map<Class<?>, List<Step>> steps = steps();
        int count = steps.values().stream().mapToInt(List::size).sum();
        StringBuilder md = new StringBuilder();
        md.append("# QA step glossary\n\n");
        md.append("<!-- Generated from the step definitions (features/src/test/java/io/greenlane/eligibility/features/)"
                + " by StepGlossaryTest; do not edit by hand. Regenerate with:\n     ").append(REGENERATE)
                .append(" -->\n\n");
        md.append("Every phrase a scenario may use (").append(count).append(" steps), what goes in its `{…}`"
                + " parameters, and the columns of the tables it takes. How to write and run a scenario:"
                + " [qa.md](qa.md)."
                + " `And` and `But` repeat the keyword of the step before them; a phrase must match exactly, word for"
                + " word.\n\n");
        md.append("## Parameters\n\n| parameter | what to write |\n| --- | --- |\n");
        BUILT_IN.forEach((name, meaning) ->
                md.append("| `{").append(name).append("}` | ").append(meaning).append(" |\n"));
        List<Method> types = Stream.of(ParameterTypes.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(ParameterType.class))
                .sorted(Comparator.comparing(Method::getName)).toList();
        for (Method method : types) {
            // a parameter type is named after its method, as Cucumber names it
            String pattern = method.getAnnotation(ParameterType.class).value();
            md.append("| `{").append(method.getName()).append("}` | ")
                    .append(pattern.contains("\\") ? "a date, YYYY-MM-DD, e.g. `2026-06-15`"
                            : "one of " + String.join(", ",
                                    Stream.of(pattern.split("\\|")).map(v -> "`" + v + "`").toList()))
                    .append(" |\n");
        }
        md.append('\n');
        for (Map.Entry<Class<?>, List<Step>> topic : steps.entrySet()) {
            md.append("## ").append(TOPICS.get(topic.getKey())).append("\n\n");
            for (Step step : topic.getValue()) {
                md.append("- `").append(step.keyword()).append(' ').append(step.phrase()).append('`');
                Accepts accepts = step.accepts();
                if (accepts != null && accepts.value() != Table.NONE) {
                    md.append("  \n  followed by a table: [").append(tableName(accepts.value())).append("](#")
                            .append(anchor(accepts.value())).append(") (")
                            .append(String.join(", ", accepts.value().columns().stream()
                                    .map(c -> c.required() ? "**" + c.name() + "**" : c.name()).toList()))
                            .append(')');
                }
                if (accepts != null && !accepts.text().isEmpty()) {
                    md.append("  \n  followed by a block of text between `\"\"\"` lines: ").append(accepts.text());
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("## Tables\n\n");
        md.append("The first row of a table names its columns. Columns in **bold** are required; the others may be"
                + " left out. A column a table does not accept (a misspelling, say) stops the scenario with an error"
                + " that names it and the accepted columns. An empty cell means \"not stated\" unless the column says"
                + " otherwise; lists are `;`-separated.\n\n");
        for (Table table : Table.values()) {
            if (table == Table.NONE) {
                continue;
            }
            md.append("### ").append(tableName(table)).append("\n\n")
                    .append(capitalised(table.meaning())).append(".\n\n");
            md.append("| column | required | meaning |\n| --- | --- | --- |\n");
            for (Table.Column column : table.columns()) {
                md.append("| ").append(column.name()).append(" | ").append(column.required() ? "yes" : "no")
                        .append(" | ").append(column.meaning()).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static java.util.Optional<Step> step(Method method) {
        Given given = method.getAnnotation(Given.class);
        if (given != null) {
            return java.util.Optional.of(new Step("Given", given.value(), method, method.getAnnotation(Accepts.class)));
        }
        When when = method.getAnnotation(When.class);
        if (when != null) {
            return java.util.Optional.of(new Step("When", when.value(), method, method.getAnnotation(Accepts.class)));
        }
        Then then = method.getAnnotation(Then.class);
        if (then != null) {
            return java.util.Optional.of(new Step("Then", then.value(), method, method.getAnnotation(Accepts.class)));
        }
        return java.util.Optional.empty();
    }

    private static int order(String keyword) {
        return switch (keyword) {
            case "Given" -> 0;
            case "When" -> 1;
            default -> 2;
        };
    }

    private static int countParameters(String phrase) {
        Matcher m = PARAMETER.matcher(phrase);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String tableName(Table table) {
        return table.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String anchor(Table table) {
        return table.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The classes of this package that define steps, found on the test classpath. */
    private static List<Class<?>> stepClasses() {
        Path folder;
        try {
            folder = Path.of(StepGlossary.class.getResource("StepGlossary.class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(StepGlossary.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                if (Stream.of(type.getDeclaredMethods()).anyMatch(m -> step(m).isPresent())) {
                    classes.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
