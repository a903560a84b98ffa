package io.greenlane.eligibility.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A terminal the green lane covers, from the rule set's manifest.
 *
 * @param name its name for people, e.g. {@code Beilun}
 * @param acceptedNames the other names it is declared under, as the manifest writes them
 * @param keys every name it is declared under, in {@link Names#key} form (e.g. {@code BEILUN},
 *             {@code BEILUN TERMINAL}, {@code 北仑})
 * @param inLaneFrom the first day declarations at this terminal can use the lane
 */
public record CoveredTerminal(String name, List<String> acceptedNames, Set<String> keys, LocalDate inLaneFrom) {
}
