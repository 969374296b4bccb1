package org.corridor.analytics;

import java.util.Objects;

/**
 * One tie of a cooperation network.
 *
 * @param source one end (the origin when the network is directed)
 * @param target the other end
 * @param weight strength of the tie, positive and finite (1 when unweighted)
 */
public record NetworkEdge(String source, String target, double weight) {

	public NetworkEdge {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(target, "target");
		if (!(weight > 0) || !Double.isFinite(weight)) {
			throw new IllegalArgumentException(
					"edge " + source + " – " + target + ": weight " + weight + " must be positive and finite");
		}
	}

}
