package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.LabType;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Why a report does not count: SPEC's report findings, given for every report in the pack whether or not a line
 * references it (they describe the report), naming the report and no SKU; and the report's standing.
 */
final class ReportReview {

    /** How far a report counts, mildest first. */
    enum Standing {
        QUALIFYING, UNVERIFIABLE, DISQUALIFIED;

        Standing worst(Standing other) {
            return other.ordinal() > ordinal() ? other : this;
        }

        static Standing of(ReportEffect effect) {
            return effect == ReportEffect.DISQUALIFYING ? DISQUALIFIED : UNVERIFIABLE;
        }
    }

    private final Declaration pack;
    private final Chains chains;
    private final LabRegistry registry;
    private final RuleSetParameters rules;
    private final Map<String, Standing> own = new HashMap<>();

    ReportReview(Declaration pack, Chains chains, LabRegistry registry, RuleSetParameters rules,
                 Set<FindingKey> findings) {
        this.pack = pack;
        this.chains = chains;
        this.registry = registry;
        this.rules = rules;
        for (TestReport report : chains.all()) {
            Standing standing = Standing.QUALIFYING;
            for (SpecCode code : findingsOf(report)) {
                findings.add(FindingKey.of(code, null, report.reportNumber(), null));
                standing = standing.worst(Standing.of(code.effect));
            }
            own.put(report.reportNumber(), standing);
        }
    }

    /**
     * Whether a report counts: disqualified by any disqualifying finding, else unverifiable by any unverifiable
     * one, else qualifying; an addendum only as far as its whole lineage does (SPEC; NOTES 15).
     */
    Standing standing(TestReport report) {
        return chains.lineage(report).stream().map(r -> own.get(r.reportNumber()))
                .reduce(Standing.QUALIFYING, Standing::worst);
    }

    private Set<SpecCode> findingsOf(TestReport report) {
        Set<SpecCode> codes = EnumSet.noneOf(SpecCode.class);
        Issuer issuer = report.issuer();
        if (issuer == Issuer.MANUFACTURER_INTERNAL || issuer == Issuer.SELF_DECLARATION) {
            codes.add(SpecCode.REPORT_NOT_THIRD_PARTY);
        } else {
            // NOTES 9: the lab checks are for lab-issued reports only.
            labFindings(report, codes);
        }
        switch (Designation.read(report.standard()).readAgainst(rules.acceptedStandard())) {
            case STANDARD_UNRECOGNISED -> codes.add(SpecCode.STANDARD_UNRECOGNISED);
            case STANDARD_VERSION_NOT_ACCEPTED -> codes.add(SpecCode.STANDARD_VERSION_NOT_ACCEPTED);
            case ACCEPTED -> { }
        }
        LocalDate declared = pack.declarationDate();
        // NOTES 12: a report counts up to and including the day maxReportAgeMonths after its issue date.
        if (declared.isAfter(report.issueDate().plusMonths(rules.maxReportAgeMonths()))) {
            codes.add(SpecCode.REPORT_EXPIRED);
        }
        if (report.issueDate().isAfter(declared)) {
            codes.add(SpecCode.REPORT_DATED_AFTER_DECLARATION);
        }
        if (report.amends() != null) {
            TestReport parent = chains.parent(report);
            if (parent == null) {
                codes.add(SpecCode.ADDENDUM_PARENT_MISSING);
            } else if (!Objects.equals(parent.labId(), report.labId())) {
                codes.add(SpecCode.ADDENDUM_LAB_MISMATCH);
            }
        }
        return codes;
    }

    /** SPEC's registry clauses and NOTES 10, 11: the registry, not the pack, says who a lab is. */
    private void labFindings(TestReport report, Set<SpecCode> codes) {
        Lab lab = report.labId() == null ? null : registry.find(report.labId()).orElse(null);
        LabType registered = lab == null ? null : lab.labType();
        boolean firewalled = registered == null ? report.issuer() == Issuer.FIREWALLED_LAB
                : registered == LabType.FIREWALLED;
        if (firewalled) {
            codes.add(SpecCode.REPORT_FROM_FIREWALLED_LAB);
        }
        if (registered != null && (report.issuer() == Issuer.FIREWALLED_LAB) != (registered == LabType.FIREWALLED)) {
            codes.add(SpecCode.ISSUER_MISDECLARED);
        }
        if (lab == null) {
            codes.add(SpecCode.LAB_NOT_RECOGNISED);
            return;
        }
        LocalDate issued = report.issueDate();
        if (lab.status() != LabStatus.ACTIVE) {
            boolean inGoodStandingWhenIssued = lab.statusSince() != null && lab.statusSince().isAfter(issued);
            codes.add(inGoodStandingWhenIssued ? SpecCode.LAB_STATUS_CHANGED : SpecCode.LAB_NOT_ACCREDITED);
        }
        boolean accredited = lab.accreditedFor().stream()
                .anyMatch(scope -> Designation.read(scope).names(rules.acceptedStandard()));
        boolean withinValidity = !issued.isBefore(lab.validFrom())
                && (lab.validUntil() == null || !issued.isAfter(lab.validUntil()));
        if (!accredited || !withinValidity) {
            codes.add(SpecCode.LAB_NOT_ACCREDITED);
        }
    }
}
