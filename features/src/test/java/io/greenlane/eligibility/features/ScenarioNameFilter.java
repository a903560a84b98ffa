package io.greenlane.eligibility.features;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes {@code -Dcucumber.filter.name=WORDS} select every scenario whose name contains WORDS, case ignored.
 * Cucumber's JUnit Platform engine matches the pattern against the WHOLE scenario name, so
 * {@code -Dcucumber.filter.name=expired} selected no scenario at all; this widens the pattern to
 * {@code (?i).*(?:WORDS).*} before the run reads it. A pattern that already matched whole names still selects
 * the same scenarios. Registered in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public class ScenarioNameFilter implements LauncherSessionListener {
    static final String PROPERTY = "cucumber.filter.name";
    private static final String WIDENED = "(?i).*(?:";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String pattern = System.getProperty(PROPERTY);
        if (pattern != null && !pattern.isBlank() && !pattern.startsWith(WIDENED)) {
            System.setProperty(PROPERTY, widen(pattern));
        }
    }

    /** The pattern that selects every name containing {@code pattern}, case ignored. */
    static String widen(String pattern) {
        return WIDENED + pattern + ").*";
    }
}
