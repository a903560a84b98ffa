package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.oracle.Designation.Edition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the oracle takes from a rule set: its id, in-force period and the manifest's parameters, as
 * {@link RuleSetInfo#parameters()} gives them. Nothing the manifest says is written into the oracle, so a rule set
 * shipped with other parameters needs no Java edit here (issue 12).
 *
 * @param id the rule set's id
 * @param inForceFrom first day it decides
 * @param inForceUntil last day it decides, or null when open-ended
 * @param laneStart the lane's first day ({@code laneStart})
 * @param terminals the covered terminals ({@code coveredTerminals})
 * @param maxReportAgeMonths how long a report counts ({@code maxReportAgeMonths})
 * @param acceptedStandard the one accepted edition ({@code acceptedStandard})
 * @param productHsHeading the HS heading of toys ({@code productHsHeading})
 */
record RuleSetParameters(String id, LocalDate inForceFrom, LocalDate inForceUntil, LocalDate laneStart,
                         List<Terminal> terminals, int maxReportAgeMonths, Edition acceptedStandard,
                         String productHsHeading) {

    /**
     * A covered terminal.
     *
     * @param name its name ({@code Beilun})
     * @param acceptedNames the other names it is declared under
     * @param inLaneFrom the first day declarations there may use the lane
     */
    record Terminal(String name, List<String> acceptedNames, LocalDate inLaneFrom) {
        Terminal {
            acceptedNames = List.copyOf(acceptedNames);
        }

        /** Whether a declared terminal means this one (SPEC: by any accepted name, after normalisation). */
        boolean isCalled(String declared) {
            String key = Spelling.key(declared);
            return key.equals(Spelling.key(name)) || acceptedNames.stream().map(Spelling::key).anyMatch(key::equals);
        }
    }

    RuleSetParameters {
        terminals = List.copyOf(terminals);
    }

    /** The parameters of a loaded rule set. */
    static RuleSetParameters of(RuleSetInfo info) {
        Map<String, Object> p = info.parameters();
        List<Terminal> terminals = new ArrayList<>();
        for (Object item : (List<?>) required(p, "coveredTerminals")) {
            Map<?, ?> terminal = (Map<?, ?>) item;
            List<String> names = new ArrayList<>();
            Object accepted = terminal.get("acceptedNames");
            if (accepted != null) {
                ((List<?>) accepted).forEach(n -> names.add((String) n));
            }
            terminals.add(new Terminal((String) terminal.get("name"), names,
                    LocalDate.parse((String) terminal.get("inLaneFrom"))));
        }
        return new RuleSetParameters(info.ref().id(), info.inForceFrom(), info.inForceUntil(),
                LocalDate.parse((String) required(p, "laneStart")), terminals, info.intParameter("maxReportAgeMonths"),
                Designation.acceptedEdition((String) required(p, "acceptedStandard")),
                (String) required(p, "productHsHeading"));
    }

    private static Object required(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the manifest has no parameter " + name);
        }
        return value;
    }

    /** Whether it is in force on a date. */
    boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }
}
