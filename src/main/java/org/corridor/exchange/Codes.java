package org.corridor.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.corridor.support.InvalidInputException;

/**
 * Enum constants as their lower-case codes, and back, with an answer that lists the known
 * codes.
 */
final class Codes {

	private Codes() {
	}

	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E of(Class<E> type, String field, String code) {
		for (E value : type.getEnumConstants()) {
			if (code(value).equals(code)) {
				return value;
			}
		}
		throw new InvalidInputException(field,
				field + " must be one of "
						+ Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "))
						+ ", not \"" + code + "\"");
	}

}
