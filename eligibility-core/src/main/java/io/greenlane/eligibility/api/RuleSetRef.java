package io.greenlane.eligibility.api;

/**
 * Names exactly which rules decided: the rule set's id and a SHA-256 digest of its manifest and DRL files.
 *
 * @param id e.g. {@code 2026-05-04}
 * @param digest e.g. {@code sha256:3f1c…}
 */
public record RuleSetRef(String id, String digest) {
    public RuleSetRef {
        Checks.requiredText(id, "id");
        Checks.requiredText(digest, "digest");
    }
}
