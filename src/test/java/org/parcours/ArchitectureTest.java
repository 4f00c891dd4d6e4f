package org.parcours;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core (questionnaire, engine, report) knows no framework, only {@code questionnaire.cel} knows CEL, the
 * internals of {@code questionnaire} stay inside, UI components know no domain, and the edges between packages go
 * one way (no cycle).
 */
@AnalyzeClasses(packages = "org.parcours", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"org.parcours.questionnaire..", "org.parcours.engine..",
        "org.parcours.report.."};

    @ArchTest
    static final ArchRule assessments_know_no_team = noClasses()
            .that().resideInAPackage("org.parcours.assessment..")
            .should().dependOnClassesThat().resideInAPackage("org.parcours.team..");

    @ArchTest
    static final ArchRule core_imports_no_framework = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "org.apache.poi..", "org.commonmark..");

    @ArchTest
    static final ArchRule core_knows_nothing_of_the_outer_packages = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.assessment..", "org.parcours.ui..",
                    "org.parcours.export..", "org.parcours.cli..", "org.parcours.team..");

    @ArchTest
    static final ArchRule only_questionnaire_cel_knows_cel = noClasses()
            .that().resideOutsideOfPackage("org.parcours.questionnaire.cel..")
            .should().dependOnClassesThat().resideInAPackage("dev.cel..");

    @ArchTest
    static final ArchRule top_level_packages_are_free_of_cycles =
            slices().matching("org.parcours.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ui_packages_are_free_of_cycles =
            slices().matching("org.parcours.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_shell_knows_no_page = noClasses()
            .that().resideInAPackage("org.parcours.ui")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.ui.walk..", "org.parcours.ui.report..");

    @ArchTest
    static final ArchRule questionnaire_internals_stay_inside = noClasses()
            .that().resideOutsideOfPackage("org.parcours.questionnaire..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.questionnaire.yaml..",
                    "org.parcours.questionnaire.cel..");

    @ArchTest
    static final ArchRule the_core_flows_one_way = noClasses()
            .that().resideInAPackage("org.parcours.questionnaire..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.engine..", "org.parcours.report..");

    @ArchTest
    static final ArchRule the_engine_knows_no_report = noClasses()
            .that().resideInAPackage("org.parcours.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.parcours.report..");

    @ArchTest
    static final ArchRule markup_is_a_leaf = noClasses()
            .that().resideInAPackage("org.parcours.markup..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.questionnaire..", "org.parcours.engine..",
                    "org.parcours.report..", "org.parcours.export..", "org.parcours.assessment..", "org.parcours.ui..",
                    "org.parcours.cli..");

    @ArchTest
    static final ArchRule components_know_no_domain = noClasses()
            .that().resideInAPackage("org.parcours.ui.component..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.questionnaire..",
                    "org.parcours.engine..", "org.parcours.assessment..", "org.parcours.report..",
                    "org.parcours.export..");

    @ArchTest
    static final ArchRule persistence_stays_behind_the_services = noClasses()
            .that().resideInAnyPackage("org.parcours.ui..", "org.parcours.export..", "org.parcours.cli..",
                    "org.parcours.web..", "org.parcours.questionnaire..", "org.parcours.engine..",
                    "org.parcours.report..", "org.parcours.markup..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                    "org.springframework.data..");

    @ArchTest
    static final ArchRule exports_and_assessments_know_no_user_interface = noClasses()
            .that().resideInAnyPackage("org.parcours.export..", "org.parcours.assessment..", "org.parcours.cli..",
                    "org.parcours.web..", "org.parcours.database..", "org.parcours.feedback..", "org.parcours.limits..", "org.parcours.download..",
                    "org.parcours.team..", "org.parcours.operator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.ui..", "com.vaadin..");
}
