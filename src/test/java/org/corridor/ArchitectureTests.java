package org.corridor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.corridor");

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		ApplicationModules.of(CorridorApplication.class).verify();
	}

	@Test
	void theGeoModelIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.corridor.geo")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "org.apache.lucene..", "tools.jackson..",
					"com.fasterxml..")
			.because("STYLE.md rule 2: the model is plain Java")
			.check(classes);
	}

	@Test
	void analyticsHasNoSpring() {
		noClasses().that()
			.resideInAPackage("org.corridor.analytics..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.allowEmptyShould(true)
			.because("analytics is a plain library the CLI, the web layer and a notebook can call")
			.check(classes);
	}

	@Test
	void controllersAndAdaptersArePackagePrivate() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.or()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or()
			.areAnnotatedWith(org.springframework.stereotype.Repository.class)
			.should()
			.bePublic()
			.check(classes);
	}

}
