package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.engine.EngineProbe;
import io.greenlane.eligibility.engine.EngineProbe.Profile;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facts and firings per decision, averaged over the benchmark's packs of 1, 10 and 100 lines: facts given to the
 * rules, facts the rules derive (by type) and firings (by rule). {@code java -cp … ProfileDecisions [--detail]}.
 */
public final class ProfileDecisions {

    private ProfileDecisions() {
    }

    public static void main(String[] args) {
        boolean detail = java.util.List.of(args).contains("--detail");
        EngineProbe probe = new EngineProbe(PackGenerator.REGISTRY);
        System.out.printf("%6s %12s %14s %10s%n", "lines", "given facts", "derived facts", "firings");
        for (int lines : new int[] {1, 10, 100}) {
            Declaration[] packs = DecideBenchmark.packs(lines);
            long given = 0;
            long derived = 0;
            long firings = 0;
            Map<String, Integer> byType = new TreeMap<>();
            Map<String, Integer> byRule = new TreeMap<>();
            for (Declaration pack : packs) {
                Profile profile = probe.profile(pack);
                given += profile.given();
                derived += profile.derived();
                firings += profile.firings();
                profile.derivedByType().forEach((k, v) -> byType.merge(k, v, Integer::sum));
                profile.firingsByRule().forEach((k, v) -> byRule.merge(k, v, Integer::sum));
            }
            double n = packs.length;
            System.out.printf(Locale.ROOT, "%6d %12.1f %14.1f %10.1f%n", lines, given / n, derived / n, firings / n);
            if (detail) {
                print("  derived", byType, n);
                print("  fired", byRule, n);
            }
        }
    }

    private static void print(String label, Map<String, Integer> counts, double packs) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> System.out.printf(Locale.ROOT, "%s %8.2f  %s%n", label, e.getValue() / packs, e.getKey()));
    }
}
