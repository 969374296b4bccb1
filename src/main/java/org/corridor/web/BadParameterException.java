package org.corridor.web;

/**
 * A request parameter is malformed or out of range; answered with 400 naming the
 * parameter.
 */
class BadParameterException extends RuntimeException {

	private final String parameter;

	BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
