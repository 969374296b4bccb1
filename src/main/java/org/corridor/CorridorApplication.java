package org.corridor;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Corridor platform as a Spring Boot application. Started by {@code corridor serve}
 * ({@code org.corridor.cli.CorridorCommand}, the main class of the jar), which first
 * opens the store and passes its coordinates as {@code spring.datasource.*} properties.
 */
@SpringBootApplication
public class CorridorApplication {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * The application, ready to be run with the store's coordinates as properties.
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(CorridorApplication.class);
		application.setMainApplicationClass(CorridorApplication.class);
		return application;
	}

}
