package org.corridor.exchange;

/**
 * The thing changed since the version the caller based the change on (HTTP 409); the
 * caller should read it again and retry.
 */
public class VersionConflictException extends RuntimeException {

	private final int current;

	public VersionConflictException(String detail, int current) {
		super(detail);
		this.current = current;
	}

	/** The version now stored. */
	public int current() {
		return this.current;
	}

}
