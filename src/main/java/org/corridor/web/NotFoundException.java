package org.corridor.web;

/**
 * A resource named in a request does not exist; answered with 404.
 */
class NotFoundException extends RuntimeException {

	private final String what;

	private final String id;

	NotFoundException(String what, String id) {
		super("no " + what + " " + id);
		this.what = what;
		this.id = id;
	}

	String what() {
		return this.what;
	}

	String id() {
		return this.id;
	}

}
