package org.corridor.exchange;

/**
 * The step does not follow from the current state (HTTP 409), such as accepting an
 * interest that was withdrawn.
 */
public class StateException extends RuntimeException {

	public StateException(String detail) {
		super(detail);
	}

}
