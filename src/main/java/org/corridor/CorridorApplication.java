package org.corridor;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Corridor platform as a Spring Boot application. Started by {@code corridor serve}
 * ({@link org.corridor.cli.CorridorCommand}), which first opens the store.
 */
@SpringBootApplication
public class CorridorApplication {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * Starts the platform the way {@code corridor serve} does.
	 */
	public static void main(String[] args) {
		org.corridor.cli.CorridorCommand.main(args);
	}

	/**
	 * The application, ready to be run with the store's coordinates as properties.
	 */
	public static SpringApplication application() {
		return new SpringApplication(CorridorApplication.class);
	}

}
