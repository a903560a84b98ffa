package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.facts.LabEntry;
import io.greenlane.eligibility.facts.Names;
import io.greenlane.eligibility.facts.Standard;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operator's registry read into facts once per engine: each lab with its accreditations read into editions. */
final class LabFacts {
    private final Map<String, LabEntry> byId = new HashMap<>();

    LabFacts(LabRegistry registry) {
        for (Lab lab : registry.labs()) {
            byId.put(lab.labId(), entry(lab));
        }
    }

    Optional<LabEntry> find(String labId) {
        return Optional.ofNullable(byId.get(labId));
    }

    private static LabEntry entry(Lab lab) {
        Set<String> accredited = new LinkedHashSet<>();
        for (String designation : lab.accreditedFor()) {
            Standard standard = Standard.parse(designation);
            if (standard.kind() == Standard.Kind.ASTM_F963) {
                accredited.addAll(standard.canonicalNames());
            } else {
                accredited.add(Names.key(designation));
            }
        }
        return new LabEntry(lab.labId(), lab.name(), lab.labType(), lab.status(), lab.statusSince(),
                Collections.unmodifiableSet(accredited), lab.validFrom(), lab.validUntil());
    }
}
