package org.corridor.analytics;

import java.util.List;
import java.util.Map;

/**
 * The DEA result of one DMU.
 *
 * @param dmu its name
 * @param status {@code optimal}, or {@code infeasible} / {@code unbounded} where the
 * model has no score for it (super-efficiency under VRS; output orientation with all
 * outputs zero)
 * @param efficiency θ for input orientation (≤ 1 unless super-efficiency), 1/φ for output
 * orientation, ρ for SBM; {@code null} unless optimal
 * @param phi φ ≥ 1 for output orientation, else {@code null}
 * @param lambdas the intensity of each reference DMU with a positive weight
 * @param peers the reference DMUs, largest weight first
 * @param slacks slack of each input and output at the optimal score (maximal, second
 * phase)
 * @param projections each input and output projected onto the frontier
 * @param note why there is no score, or {@code null}
 */
public record DmuEfficiency(String dmu, String status, Double efficiency, Double phi, Map<String, Double> lambdas,
		List<String> peers, Vectors slacks, Vectors projections, String note) {

	static DmuEfficiency without(String dmu, String status, String note) {
		return new DmuEfficiency(dmu, status, null, null, Map.of(), List.of(), Vectors.EMPTY, Vectors.EMPTY, note);
	}

	/**
	 * One value per input and per output, by name.
	 */
	public record Vectors(Map<String, Double> inputs, Map<String, Double> outputs) {

		static final Vectors EMPTY = new Vectors(Map.of(), Map.of());

	}

}
