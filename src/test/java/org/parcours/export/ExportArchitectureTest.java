package org.parcours.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The report model knows none of its outputs; the exports know no web framework. */
@AnalyzeClasses(packages = "org.parcours", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportArchitectureTest {

    @ArchTest
    static final ArchRule report_knows_no_export = noClasses().that().resideInAPackage("org.parcours.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parcours.export..", "com.openhtmltopdf..",
                    "org.apache.pdfbox..", "tools.jackson..");

    @ArchTest
    static final ArchRule exports_know_no_framework = noClasses().that().resideInAPackage("org.parcours.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "org.parcours.ui..", "org.parcours.cli..");
}
