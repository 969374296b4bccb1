package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks of request parameters shared by the controllers; each failure is a
 * {@link BadParameterException} naming the parameter.
 */
final class Parameters {

	private Parameters() {
	}

	/**
	 * A date YYYY-MM-DD, or today when absent.
	 */
	static LocalDate date(String name, String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return LocalDate.now(clock);
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(name,
					name + " must be a date YYYY-MM-DD such as 2019-01-01, not \"" + abbreviate(value) + "\"");
		}
	}

	/**
	 * A date YYYY-MM-DD, or null when absent.
	 */
	static LocalDate dateOrNull(String name, String value) {
		return (value == null || value.isBlank()) ? null : date(name, value, null);
	}

	/**
	 * A six-digit division code.
	 */
	static String code(String name, String value) {
		if (!value.matches("\\d{6}")) {
			throw new BadParameterException(name,
					name + " must be a six-digit division code such as 320583, not \"" + abbreviate(value) + "\"");
		}
		return value;
	}

	static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "…";
	}

	/**
	 * A page number and size, checked: page ≥ 0, size 1–500, page × size ≤
	 * {@link #MAX_OFFSET}.
	 */
	record Paging(int page, int size) {

		int offset() {
			return this.page * this.size;
		}

	}

	static Paging paging(int page, int size) {
		if (page < 0) {
			throw new BadParameterException("page", "page must be 0 or more, not " + page);
		}
		if (size < 1 || size > 500) {
			throw new BadParameterException("size", "size must be between 1 and 500, not " + size);
		}
		if ((long) page * size > MAX_OFFSET) {
			throw new BadParameterException("page", "page × size must not pass " + MAX_OFFSET + " (asked for page "
					+ page + " of size " + size + "); narrow the filter instead");
		}
		return new Paging(page, size);
	}

	/**
	 * The deepest first row a page may start at: deeper paging costs the store too much.
	 */
	static final int MAX_OFFSET = 100_000;

}
