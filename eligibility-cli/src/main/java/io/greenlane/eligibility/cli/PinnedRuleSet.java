package io.greenlane.eligibility.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * One rule set named for a comparison ({@code --from}, {@code --to}): a shipped id, an id in {@code --rules-dir},
 * or a folder holding one rule set (a draft). It decides every pack pinned, whatever the declaration date, so a
 * draft from a future date is compared on today's packs and each decision says it was pinned.
 */
record PinnedRuleSet(EligibilityEngine engine, RuleSetInfo info, String source) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PinnedRuleSet of(String ref, LabRegistry registry, RulesDirOption rulesDir, CommandLine command) {
        Path path = Path.of(ref);
        if (Files.isDirectory(path)) {
            EligibilityEngine engine = EligibilityEngine.builder().labRegistry(registry)
                    .ruleSetsFromDirectory(path).build();
            if (engine.ruleSets().size() != 1) {
                throw new ParameterException(command, ref + " holds " + engine.ruleSets().size()
                        + " rule sets; name the folder of one of them");
            }
            return new PinnedRuleSet(engine, engine.ruleSets().get(0), ref);
        }
        EligibilityEngine engine = rulesDir.engine(registry);
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.ref().id().equals(ref)).findFirst()
                .orElseThrow(() -> new ParameterException(command, "unknown rule set \"" + ref
                        + "\" (not a folder either); known: " + engine.ruleSets().stream().map(r -> r.ref().id())
                        .toList()));
        return new PinnedRuleSet(engine, info, null);
    }

    Decision decide(Declaration declaration) {
        return engine.decide(declaration, info.ref().id());
    }

    /** "2026-05-04 (sha256:…)", or "2027-03-01 from DIR (sha256:…)" for a folder. */
    String label() {
        return info.ref().id() + (source == null ? "" : " from " + source) + " (" + info.ref().digest() + ")";
    }

    ObjectNode json() {
        ObjectNode node = JSON.createObjectNode().put("id", info.ref().id()).put("digest", info.ref().digest())
                .put("inForceFrom", info.inForceFrom().toString())
                .put("inForceUntil", info.inForceUntil() == null ? null : info.inForceUntil().toString());
        return source == null ? node : node.put("folder", source);
    }
}
