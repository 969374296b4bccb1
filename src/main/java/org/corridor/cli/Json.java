package org.corridor.cli;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as the command line prints it: snake_case names, ISO dates, indented.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private static final JsonMapper LINES = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private Json() {
	}

	/** One JSON value on one line (JSON Lines). */
	static String line(Object value) {
		return LINES.writeValueAsString(value);
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
