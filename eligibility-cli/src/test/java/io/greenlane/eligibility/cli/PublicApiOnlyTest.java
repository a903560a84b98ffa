package io.greenlane.eligibility.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * {@code eligibility-cli} is built on the library's public API only, as an embedding application is: nothing of the
 * engine, the rule authors' facts or Drools.
 */
@AnalyzeClasses(packages = "io.greenlane.eligibility", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiOnlyTest {

    @ArchTest
    static final ArchRule usesThePublicApiOnly = noClasses().that().resideInAnyPackage("io.greenlane.eligibility.cli..", "io.greenlane.eligibility.inventory..")
            .should().dependOnClassesThat().resideInAnyPackage("io.greenlane.eligibility.engine..",
                    "io.greenlane.eligibility.facts..", "io.greenlane.eligibility.rules..", "org.drools..", "org.kie..")
            .because("the command line uses io.greenlane.eligibility.api, as any embedding application does");
}
