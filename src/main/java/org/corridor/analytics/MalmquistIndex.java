package org.corridor.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corridor.analytics.DeaSpec.Orientation;

/**
 * The Malmquist productivity index between adjacent periods under constant returns to
 * scale (Färe, Grosskopf, Lindgren and Roos 1992; Färe, Grosskopf, Norris and Zhang
 * 1994), from Farrell efficiencies E — θ* for input orientation, 1/φ* for output
 * orientation — of a DMU's data of period a against the frontier of period b, written
 * Eᵇ(a): <pre>
 * M  = √( Eᵗ(t+1)/Eᵗ(t) · Eᵗ⁺¹(t+1)/Eᵗ⁺¹(t) )       M &gt; 1: productivity grew
 * EC = Eᵗ⁺¹(t+1) / Eᵗ(t)                              efficiency change (catching up)
 * TC = √( Eᵗ(t+1)/Eᵗ⁺¹(t+1) · Eᵗ(t)/Eᵗ⁺¹(t) )         technical change (frontier shift), M = EC·TC
 * </pre> as in Bogetoft and Otto, <i>Benchmarking with DEA, SFA, and R</i> (2011), §5.6.
 * Cost: four linear programs per DMU and period pair.
 */
public final class MalmquistIndex {

	private MalmquistIndex() {
	}

	/**
	 * One DMU between two adjacent periods.
	 *
	 * @param dmu the DMU
	 * @param from the earlier period
	 * @param to the later period
	 * @param malmquist M, {@code null} if a component has no score
	 * @param efficiencyChange EC
	 * @param technicalChange TC
	 * @param efficiencyFrom Eᵗ(t)
	 * @param efficiencyTo Eᵗ⁺¹(t+1)
	 * @param note why there is no index, or {@code null}
	 */
	public record Change(String dmu, String from, String to, Double malmquist, Double efficiencyChange,
			Double technicalChange, Double efficiencyFrom, Double efficiencyTo, String note) {

	}

	/**
	 * The index for every DMU present in both periods of each adjacent pair.
	 * @param periods the periods in time order, each with its data (same inputs and
	 * outputs)
	 * @param orientation input or output
	 */
	public static List<Change> evaluate(Map<String, DeaData> periods, Orientation orientation) {
		Objects.requireNonNull(periods, "periods");
		if (orientation == Orientation.NONE) {
			throw new IllegalArgumentException("the Malmquist index needs an orientation: input or output");
		}
		if (periods.size() < 2) {
			throw new IllegalArgumentException("the Malmquist index needs at least two periods, not " + periods.size());
		}
		List<String> names = new ArrayList<>(periods.keySet());
		List<Change> changes = new ArrayList<>();
		for (int p = 0; p + 1 < names.size(); p++) {
			String from = names.get(p);
			String to = names.get(p + 1);
			DeaData a = periods.get(from);
			DeaData b = periods.get(to);
			if (!a.inputNames().equals(b.inputNames()) || !a.outputNames().equals(b.outputNames())) {
				throw new IllegalArgumentException(
						"periods " + from + " and " + to + " have different inputs or outputs");
			}
			Map<String, Integer> inB = new LinkedHashMap<>();
			for (int j = 0; j < b.size(); j++) {
				inB.put(b.dmus().get(j), j);
			}
			for (int j = 0; j < a.size(); j++) {
				String dmu = a.dmus().get(j);
				Integer k = inB.get(dmu);
				if (k == null) {
					changes.add(new Change(dmu, from, to, null, null, null, null, null, "not in period " + to));
					continue;
				}
				double[] xa = a.inputs()[j];
				double[] ya = a.outputs()[j];
				double[] xb = b.inputs()[k];
				double[] yb = b.outputs()[k];
				double aa = farrell(a, xa, ya, orientation);
				double bb = farrell(b, xb, yb, orientation);
				double ab = farrell(a, xb, yb, orientation);
				double ba = farrell(b, xa, ya, orientation);
				if (!(aa > 0 && bb > 0 && ab > 0 && ba > 0) || Double.isInfinite(ab) || Double.isInfinite(ba)) {
					changes.add(new Change(dmu, from, to, null, null, null, finite(aa), finite(bb),
							"a cross-period efficiency has no positive finite value (zero or unbounded data)"));
					continue;
				}
				double malmquist = Math.sqrt((ab / aa) * (bb / ba));
				double efficiencyChange = bb / aa;
				changes.add(new Change(dmu, from, to, malmquist, efficiencyChange, malmquist / efficiencyChange, aa, bb,
						null));
			}
		}
		return changes;
	}

	/**
	 * Farrell efficiency of (x, y) against the CRS frontier of {@code reference}.
	 */
	private static double farrell(DeaData reference, double[] x, double[] y, Orientation orientation) {
		double score = DataEnvelopment.radialScore(reference.inputs(), reference.outputs(), x, y, orientation, false);
		return (orientation == Orientation.INPUT) ? score : 1 / score;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
