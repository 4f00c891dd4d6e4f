package org.parcours;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core (questionnaire, engine, report) knows no framework. */
@AnalyzeClasses(packages = "org.parcours", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_imports_no_framework = noClasses()
            .that().resideInAnyPackage("..questionnaire..", "..engine..", "..report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "org.apache.poi..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule engine_does_not_touch_cel = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAPackage("dev.cel..")
            .allowEmptyShould(true);
}
