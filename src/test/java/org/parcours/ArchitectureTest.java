package org.parcours;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core (questionnaire, engine, report) knows no framework, and the edges between packages go one way. */
@AnalyzeClasses(packages = "org.parcours", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"org.parcours.questionnaire..", "org.parcours.engine..",
        "org.parcours.report.."};

    @ArchTest
    static final ArchRule core_imports_no_framework = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "org.apache.poi..");

    @ArchTest
    static final ArchRule core_knows_nothing_of_the_outer_packages = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.assessment..", "org.parcours.ui..",
                    "org.parcours.export..", "org.parcours.cli..");

    @ArchTest
    static final ArchRule engine_does_not_touch_cel = noClasses()
            .that().resideInAPackage("org.parcours.engine..")
            .should().dependOnClassesThat().resideInAPackage("dev.cel..");

    @ArchTest
    static final ArchRule persistence_stays_behind_the_service = noClasses()
            .that().resideOutsideOfPackage("org.parcours.assessment..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule exports_and_assessments_know_no_user_interface = noClasses()
            .that().resideInAnyPackage("org.parcours.export..", "org.parcours.assessment..", "org.parcours.cli..",
                    "org.parcours.web..", "org.parcours.database..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.ui..", "com.vaadin..");
}
