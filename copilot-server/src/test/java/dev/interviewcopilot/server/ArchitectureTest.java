package dev.interviewcopilot.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.helidon.webserver.http.HttpService;

/**
 * The package rules of STYLE.md, kept true: third-party code stays in the package that owns it, infrastructure
 * packages import no feature package, and packages form no cycles.
 */
@AnalyzeClasses(packages = "dev.interviewcopilot.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String BASE = "dev.interviewcopilot.server";
    private static final String[] FEATURES = {
        BASE + ".bank..",
        BASE + ".retrieval..",
        BASE + ".assist..",
        BASE + ".catalog..",
        BASE + ".questionset..",
        BASE + ".live..",
        BASE + ".notes..",
        BASE + ".audit..",
        BASE + ".privacy.."
    };

    @ArchTest
    static final ArchRule langchain4j_only_in_llm = noClasses()
            .that()
            .resideOutsideOfPackage(BASE + ".llm..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.langchain4j..")
            .because("LangChain4j is confined to the llm package");

    @ArchTest
    static final ArchRule lucene_only_in_retrieval = noClasses()
            .that()
            .resideOutsideOfPackage(BASE + ".retrieval..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..")
            .because("Lucene is confined to the retrieval package");

    @ArchTest
    static final ArchRule jdbc_only_in_store_and_repositories = noClasses()
            .that()
            .resideOutsideOfPackage(BASE + ".store..")
            .and()
            .haveSimpleNameNotEndingWith("Repository")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("JDBC is confined to the store package and *Repository classes");

    @ArchTest
    static final ArchRule infrastructure_imports_no_feature = noClasses()
            .that()
            .resideInAnyPackage(
                    BASE + ".http..", BASE + ".llm..", BASE + ".store..", BASE + ".logging..", BASE + ".compliance..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .because("infrastructure packages must not know the features built on them");

    @ArchTest
    static final ArchRule domain_packages_know_nothing_of_http = noClasses()
            .that()
            .resideInAnyPackage(
                    BASE + ".bank..",
                    BASE + ".retrieval..",
                    BASE + ".compliance..",
                    BASE + ".llm..",
                    BASE + ".assist..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.helidon.webserver..", BASE + ".http..")
            .because("the domain is usable without a web server (eval, benchmarks)");

    @ArchTest
    static final ArchRule services_are_http_services = classes()
            .that()
            .haveSimpleNameEndingWith("Service")
            .should()
            .implement(HttpService.class)
            .because("XxxService means a Helidon HttpService and nothing else");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching(BASE + ".(*)..").should().beFreeOfCycles();
}
