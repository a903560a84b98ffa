package io.greenlane.eligibility.features;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes the Cucumber options that narrow a run from the command line do what a reader of docs/qa.md expects,
 * before the run reads them (registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}):
 * <ul>
 *   <li>{@code -Dcucumber.filter.name=WORDS} selects every scenario whose name contains WORDS (a regular
 *       expression, case ignored). Cucumber's JUnit Platform engine matches the pattern against the WHOLE name, so
 *       {@code -Dcucumber.filter.name=expired} selected no scenario at all; the pattern becomes
 *       {@code (?i).*(?:WORDS).*}. A pattern that matched whole names still selects the same scenarios.</li>
 *   <li>{@code -Dcucumber.features=addenda.feature}, {@code addenda.feature:57} (the line of a rule, a scenario or
 *       an example), or the path from the repository root ({@code features/src/test/resources/…}) name the feature
 *       files of this module, wherever Maven runs from; they become {@code classpath:} locations.</li>
 * </ul>
 * The values as given are kept in {@code <option>.as-given} system properties, for the coverage gate's message.
 */
public class CommandLineFilters implements LauncherSessionListener {
    static final String NAME = "cucumber.filter.name";
    static final String FEATURES = "cucumber.features";
    static final String AS_GIVEN = ".as-given";
    private static final String WIDENED = "(?i).*(?:";
    private static final String PACKAGE = "io/greenlane/eligibility/features/";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String name = System.getProperty(NAME);
        if (name != null && !name.isBlank() && !name.startsWith(WIDENED)) {
            System.setProperty(NAME + AS_GIVEN, name);
            System.setProperty(NAME, widen(name));
        }
        String features = System.getProperty(FEATURES);
        if (features != null && !features.isBlank() && System.getProperty(FEATURES + AS_GIVEN) == null) {
            System.setProperty(FEATURES + AS_GIVEN, features);
            System.setProperty(FEATURES, Arrays.stream(features.split(",")).map(String::trim)
                    .map(CommandLineFilters::feature).collect(Collectors.joining(",")));
        }
    }

    /** The pattern that selects every name containing {@code pattern}, case ignored. */
    static String widen(String pattern) {
        return WIDENED + pattern + ").*";
    }

    /** A feature of this module, by file name or by path from the repository root, as a classpath location. */
    static String feature(String given) {
        String path = given.replace('\\', '/');
        int at = path.indexOf(PACKAGE);
        if (at >= 0 && !path.startsWith("classpath:")) {
            return "classpath:" + path.substring(at);
        }
        if (!path.contains("/") && !path.contains(":/") && !path.startsWith("classpath:")) {
            String file = path;
            String line = "";
            int colon = path.indexOf(':');
            if (colon >= 0) {
                file = path.substring(0, colon);
                line = path.substring(colon);
            }
            if (!file.endsWith(".feature")) {
                file = file + ".feature";
            }
            return "classpath:" + PACKAGE + file + line;
        }
        return given;
    }
}
