package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Why a SKU is not ready and what to do, in the exporter's terms: the decision's findings with the lab of each
 * report named, and remedies that say which lab to ask for which addendum or retest. Decides nothing: every
 * reason is a finding of the engine's decision.
 */
final class Remedies {
    private final Map<String, TestReport> byNumber;
    private final LabRegistry labs;
    private final String acceptedStandard;
    private final Function<TestReport, LocalDate> expiresOn;

    /**
     * @param byNumber the reports on file by number
     * @param labs the operator's lab registry, to name the labs
     * @param acceptedStandard the rule set's accepted standard, e.g. "ASTM F963-23"
     * @param expiresOn the first day a report no longer counts
     */
    Remedies(Map<String, TestReport> byNumber, LabRegistry labs, String acceptedStandard,
             Function<TestReport, LocalDate> expiresOn) {
        this.byNumber = byNumber;
        this.labs = labs;
        this.acceptedStandard = acceptedStandard;
        this.expiresOn = expiresOn;
    }

    /**
     * The decision's line findings, and when a sub-test is missing or unverified, the report findings that say
     * why the reports on file do not count.
     */
    List<Reason> reasons(Decision decision, Sku sku, List<String> referenced) {
        boolean explainReports = decision.findings().stream()
                .anyMatch(f -> f.code().equals("SUBTEST_MISSING") || f.code().equals("SUBTEST_UNVERIFIED"));
        List<SubTest> missing = decision.findings("SUBTEST_MISSING").stream().map(Remedies::subTestOf)
                .filter(Objects::nonNull).toList();
        TestReport toAmend = missing.isEmpty() ? null : reportToAmend(decision, referenced);
        List<Reason> reasons = new ArrayList<>();
        for (Finding finding : decision.findings()) {
            if (finding.severity() != Severity.INFO) {
                SubTest subTest = subTestOf(finding);
                if (finding.code().equals("SUBTEST_MISSING") && subTest != null) {
                    reasons.add(reason(finding, subTest, toAmend == null ? null : toAmend.labId(),
                            missingRemedy(sku, missing, toAmend)));
                } else {
                    reasons.add(reason(finding, subTest, labOf(finding.reportNumber()), finding.remedy()));
                }
            } else if (finding.effect() != null && explainReports) {
                reasons.add(reason(finding, subTestOf(finding), labOf(finding.reportNumber()), finding.remedy()));
            }
        }
        return reasons;
    }

    /** One remedy for all the sub-tests a SKU misses: an addendum from the lab of a report that counts, or tests. */
    private String missingRemedy(Sku sku, List<SubTest> missing, TestReport toAmend) {
        String tests = labels(missing);
        if (toAmend != null) {
            return "Ask " + labLabel(toAmend.labId(), labName(toAmend.labId())) + " for an addendum to report "
                    + toAmend.reportNumber() + " stating " + tests + " as PASS for " + sku.sku() + ", or schedule "
                    + tests + " testing to " + acceptedStandard + " with an accredited third-party lab.";
        }
        return "Schedule " + tests + " testing of " + sku.sku() + " to " + acceptedStandard
                + " with an accredited third-party lab: no report on file counts, so none can be amended.";
    }

    /**
     * The SKU's remedies, distinct and in the reasons' order; the remedies of sub-tests unverified because of the
     * same report are said once, naming all those sub-tests.
     */
    List<String> of(List<Reason> reasons) {
        Map<String, List<SubTest>> unverified = new LinkedHashMap<>();
        for (Reason reason : reasons) {
            if (reason.code().equals("SUBTEST_UNVERIFIED") && reason.subTest() != null && reason.reportNumber() != null) {
                unverified.computeIfAbsent(reason.reportNumber(), n -> new ArrayList<>()).add(reason.subTest());
            }
        }
        Set<String> remedies = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            List<SubTest> tests = reason.code().equals("SUBTEST_UNVERIFIED") ? unverified.get(reason.reportNumber()) : null;
            if (tests != null && tests.size() > 1) {
                remedies.add("Resolve the findings on report " + reason.reportNumber()
                        + (reason.labId() == null ? "" : " from " + reason.lab()) + ", or submit a qualifying "
                        + acceptedStandard + " report from an accredited third-party lab stating " + labels(tests)
                        + " as PASS; otherwise an officer reviews the shipment.");
            } else if (reason.reportNumber() != null && reason.labId() != null && !reason.remedy().contains(reason.labId())) {
                // The engine's remedy says "the lab"; say which one.
                remedies.add("For report " + reason.reportNumber() + " from " + reason.lab() + ": "
                        + Character.toLowerCase(reason.remedy().charAt(0)) + reason.remedy().substring(1));
            } else {
                remedies.add(reason.remedy());
            }
        }
        return List.copyOf(remedies);
    }

    /** "heavy metals", "heavy metals and small parts", "heavy metals, small parts and battery compartment strength". */
    static String labels(List<SubTest> tests) {
        List<String> labels = tests.stream().map(SubTest::label).distinct().toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private Reason reason(Finding finding, SubTest subTest, String labId, String remedy) {
        return new Reason(finding.code(), finding.severity(), finding.effect(), subTest, finding.reportNumber(), labId,
                labName(labId), finding.message(), remedy, finding.rule());
    }

    /**
     * The report a lab could add a missing sub-test to: the latest report listing the SKU against which the
     * decision found nothing (nor against the reports it amends), taken back to the original it amends.
     */
    private TestReport reportToAmend(Decision decision, List<String> referenced) {
        Set<String> questioned = new HashSet<>();
        for (Finding finding : decision.findings()) {
            if (finding.effect() != null && finding.reportNumber() != null) {
                questioned.add(finding.reportNumber());
            }
        }
        return referenced.stream().map(byNumber::get)
                .filter(r -> r.labId() != null && lineage(r).stream().noneMatch(questioned::contains))
                .max(Comparator.comparing(TestReport::issueDate).thenComparing(TestReport::reportNumber))
                .map(r -> byNumber.get(lineage(r).get(lineage(r).size() - 1)))
                .orElse(null);
    }

    /** The report's number and those of the reports it amends that are on file, nearest first. */
    private List<String> lineage(TestReport report) {
        List<String> lineage = new ArrayList<>();
        TestReport current = report;
        while (current != null && !lineage.contains(current.reportNumber())) {
            lineage.add(current.reportNumber());
            current = current.amends() == null ? null : byNumber.get(current.amends());
        }
        return lineage;
    }

    List<String> retest(Sku sku, List<String> lostWith, LocalDate day) {
        List<String> remedies = new ArrayList<>();
        for (String number : lostWith) {
            TestReport report = byNumber.get(number);
            String lab = report.labId() == null ? "an accredited third-party lab"
                    : labLabel(report.labId(), labName(report.labId()));
            remedies.add("Schedule the periodic retest of " + sku.sku() + " with " + lab + " so that a new "
                    + acceptedStandard + " report is on file by " + day.minusDays(1) + ": report " + number
                    + " counts through " + expiresOn.apply(report).minusDays(1) + ".");
        }
        if (remedies.isEmpty()) {
            remedies.add("Check " + sku.sku() + " before " + day + ": a declaration on that day would no longer go "
                    + "through the green lane.");
        }
        return remedies;
    }

    private String labOf(String reportNumber) {
        TestReport report = reportNumber == null ? null : byNumber.get(reportNumber);
        return report == null ? null : report.labId();
    }

    String labName(String labId) {
        return labId == null ? null : labs.find(labId).map(Lab::name).orElse(null);
    }

    /** The sub-test a sub-test finding concerns; its message names it in plain words. */
    private static SubTest subTestOf(Finding finding) {
        return finding.subTest();
    }

    static String labLabel(String labId, String labName) {
        if (labId == null) {
            return null;
        }
        return labId + " (" + (labName == null ? "not in the lab registry" : labName) + ")";
    }

}
