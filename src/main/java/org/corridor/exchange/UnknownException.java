package org.corridor.exchange;

/**
 * No such listing or interest, or none the viewer may see (HTTP 404).
 */
public class UnknownException extends RuntimeException {

	private final String what;

	private final long id;

	public UnknownException(String what, long id) {
		super("no " + what + " " + id);
		this.what = what;
		this.id = id;
	}

	public String what() {
		return this.what;
	}

	public long id() {
		return this.id;
	}

}
