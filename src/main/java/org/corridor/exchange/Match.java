package org.corridor.exchange;

import java.util.List;

/**
 * A listing on the other side, with the score and its parts.
 *
 * @param listing the matching listing
 * @param score the weighted sum of the parts, 0–1
 * @param reasons the parts: each with its value 0–1, its weight and an explanation
 */
public record Match(Listing listing, double score, List<Reason> reasons) {

	public Match {
		reasons = List.copyOf(reasons);
	}

	/**
	 * One part of a match score.
	 *
	 * @param part text, concepts, chain, proximity, grouping or history
	 * @param value 0–1
	 * @param weight its weight in the score
	 * @param explanation in words, such as "shared concepts: solid-state battery"
	 */
	public record Reason(String part, double value, double weight, String explanation) {

		/** value × weight. */
		public double contribution() {
			return this.value * this.weight;
		}

	}

}
