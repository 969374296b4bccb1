package org.corridor.exchange;

/**
 * The account may not do this (HTTP 403).
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String detail) {
		super(detail);
	}

}
