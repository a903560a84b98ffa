package io.greenlane.eligibility.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way boundary of the library: callers use {@code api}; DRL authors code against {@code facts}, which
 * knows only {@code api}; the {@code engine} implements {@code api} with Drools and is reached only through
 * {@link java.util.ServiceLoader}. No package cycles.
 */
@AnalyzeClasses(packages = "io.greenlane.eligibility", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnNothingOfTheLibrary = noClasses().that()
            .resideInAPackage("io.greenlane.eligibility.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.greenlane.eligibility.facts..",
                    "io.greenlane.eligibility.engine..")
            .because("the API reaches the engine only through the EngineProvider service");

    @ArchTest
    static final ArchRule apiDoesNotExposeDrools = noClasses().that()
            .resideInAPackage("io.greenlane.eligibility.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .because("callers never see the engine's implementation");

    @ArchTest
    static final ArchRule factsKnowOnlyTheApi = noClasses().that()
            .resideInAPackage("io.greenlane.eligibility.facts..")
            .should().dependOnClassesThat().resideInAnyPackage("io.greenlane.eligibility.engine..", "org.drools..",
                    "org.kie..", "com.fasterxml..")
            .because("facts are the DRL authors' contract: plain records over the API's values");

    @ArchTest
    static final ArchRule engineHidesItsClasses = classes().that()
            .resideInAPackage("io.greenlane.eligibility.engine..")
            .and().areTopLevelClasses()
            .and().doNotHaveSimpleName("DroolsEngineProvider")
            .should().notBePublic()
            .because("only the ServiceLoader provider is public; everything else is the engine's own");

    @ArchTest
    static final ArchRule apiFormatsArePackagePrivate = classes().that()
            .resideInAPackage("io.greenlane.eligibility.api..")
            .and().haveSimpleNameEndingWith("Format")
            .should().notBePublic()
            .because("formats sit beside the records they read and write; callers use the records' methods");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.greenlane.eligibility.(*)..")
            .should().beFreeOfCycles();
}
