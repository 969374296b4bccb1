package org.corridor.support;

import java.util.Objects;

/**
 * Input that breaks a rule, naming the field at fault so the answer can point at it (the
 * REST API turns it into a problem with a {@code parameter} property, the CLI into one
 * line).
 */
public class InvalidInputException extends IllegalArgumentException {

	private final String field;

	public InvalidInputException(String field, String detail) {
		super(detail);
		this.field = Objects.requireNonNull(field, "field");
	}

	/** The field, parameter or column at fault. */
	public String field() {
		return this.field;
	}

}
