package io.greenlane.eligibility.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.PlainText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code rules diff} and {@code rules replay} print: each pack whose outcome or findings changed, then the
 * counts and a table of outcome transitions, in plain words or as JSON lines ({@code --json}); and whether any
 * outcome changed, for {@code --fail-on-change}.
 */
final class Comparison {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean json;
    /** Packs by transition, in outcome order: "GREEN_LANE -> MANUAL_REVIEW" = 12. */
    private final Map<String, Integer> transitions = new TreeMap<>();
    private int decided;
    private int outcomeChanged;
    private int findingsChanged;
    private int unreadable;

    Comparison(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** The first lines (plain) or object (JSON): what is compared with what, and what is pinned. */
    void header(String command, ObjectNode before, String beforeLabel, ObjectNode after, String afterLabel,
                String pinned) {
        if (json) {
            ObjectNode line = JSON.createObjectNode().put("type", "header").put("command", command);
            line.set("before", before);
            line.set("after", after);
            line.put("pinned", true);
            println(line.toString());
        } else {
            println(command + " " + PlainText.escape(beforeLabel) + " -> " + PlainText.escape(afterLabel));
            println("pinned: " + pinned);
        }
    }

    /** One pack's comparison; printed only when its outcome or findings changed. */
    void pack(String declarationId, String source, Outcome was, Outcome is, List<String> before, List<String> after) {
        decided++;
        transitions.merge(was.name() + " -> " + is.name(), 1, Integer::sum);
        List<String> removed = subtract(before, after);
        List<String> added = subtract(after, before);
        if (was == is && removed.isEmpty() && added.isEmpty()) {
            return;
        }
        if (was != is) {
            outcomeChanged++;
        } else {
            findingsChanged++;
        }
        if (json) {
            ObjectNode line = JSON.createObjectNode().put("type", "pack").put("declarationId", declarationId)
                    .put("source", source).put("before", was.name()).put("after", is.name());
            ArrayNode gone = line.putArray("onlyBefore");
            removed.forEach(gone::add);
            ArrayNode come = line.putArray("onlyAfter");
            added.forEach(come::add);
            println(line.toString());
        } else {
            println("");
            println(PlainText.escape(declarationId) + " (" + PlainText.escape(source) + "): " + was
                    + (was == is ? " (unchanged)" : " -> " + is));
            removed.forEach(k -> println("  - " + PlainText.escape(k)));
            added.forEach(k -> println("  + " + PlainText.escape(k)));
        }
        OutputFailure.check(out);
    }

    /** A pack that could not be read or decided (named on stderr by the caller). */
    void unreadable() {
        unreadable++;
    }

    /** The counts and the table of outcome transitions, every transition seen (unchanged ones too). */
    void summary() {
        int unchanged = decided - outcomeChanged - findingsChanged;
        if (json) {
            ObjectNode line = JSON.createObjectNode().put("type", "summary").put("decided", decided)
                    .put("outcomeChanged", outcomeChanged).put("findingsChangedOnly", findingsChanged)
                    .put("unchanged", unchanged).put("unreadable", unreadable);
            ArrayNode table = line.putArray("transitions");
            transitions.forEach((transition, packs) -> {
                String[] sides = transition.split(" -> ");
                table.addObject().put("before", sides[0]).put("after", sides[1]).put("packs", packs);
            });
            println(line.toString());
        } else {
            println("");
            println(decided + " pack(s) decided: " + outcomeChanged + " changed outcome, " + findingsChanged
                    + " changed findings only, " + unchanged + " unchanged"
                    + (unreadable == 0 ? "" : "; " + unreadable + " pack(s) could not be read"));
            if (!transitions.isEmpty()) {
                println("");
                println("outcome before -> after: packs");
                int width = transitions.keySet().stream().mapToInt(String::length).max().orElse(0);
                transitions.forEach((transition, packs) -> println("  " + transition + ":"
                        + " ".repeat(width - transition.length() + 1) + packs));
            }
        }
        OutputFailure.check(out);
    }

    boolean anyOutcomeChanged() {
        return outcomeChanged > 0;
    }

    int unreadableCount() {
        return unreadable;
    }

    private void println(String line) {
        out.println(line);
    }

    /** {@code a} minus {@code b}, as multisets, in {@code a}'s order. */
    static List<String> subtract(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> result = new ArrayList<>();
        for (String key : a) {
            if (!rest.remove(key)) {
                result.add(key);
            }
        }
        return result;
    }
}
