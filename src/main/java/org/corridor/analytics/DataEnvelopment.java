package org.corridor.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.DeaSpec.Orientation;
import org.corridor.analytics.DeaSpec.ReturnsToScale;
import org.corridor.analytics.DmuEfficiency.Vectors;
import org.corridor.analytics.internal.LinearProgram;
import org.corridor.analytics.internal.LinearProgram.Sense;
import org.corridor.analytics.internal.LinearProgram.Solution;
import org.corridor.analytics.internal.LinearProgram.Status;

/**
 * Data envelopment analysis: how efficiently each DMU turns its inputs into outputs,
 * relative to a frontier spanned by the others.
 * <ul>
 * <li><b>CCR</b> (Charnes, Cooper and Rhodes 1978, constant returns to scale) and
 * <b>BCC</b> (Banker, Charnes and Cooper 1984, variable returns, Σλ = 1), envelopment
 * form. Input orientation: θ* = min θ s.t. Xλ ≤ θx₀, Yλ ≥ y₀, λ ≥ 0. Output orientation:
 * φ* = max φ s.t. Xλ ≤ x₀, Yλ ≥ φy₀, and efficiency = 1/φ*. A second phase fixes θ* (φ*)
 * and maximises the sum of slacks, so the slacks are maximal at the optimal score
 * (Cooper, Seiford and Tone, <i>Data Envelopment Analysis</i>, 2nd ed. 2007, §3.3).
 * Projections: x̂ = θ*x₀ − s⁻, ŷ = y₀ + s⁺ (input); x̂ = x₀ − s⁻, ŷ = φ*y₀ + s⁺
 * (output).</li>
 * <li><b>Super-efficiency</b> (Andersen and Petersen 1993): the same programs without
 * DMU₀ in the reference set; efficient DMUs can exceed 1. Under VRS the program can be
 * infeasible; the DMU is then reported {@code infeasible}, never NaN.</li>
 * <li><b>SBM</b> (Tone 2001, non-oriented, CRS or VRS): ρ* = min (1 − (1/m)Σ sᵢ⁻/xᵢ₀) /
 * (1 + (1/s)Σ sᵣ⁺/yᵣ₀) s.t. x₀ = Xλ + s⁻, y₀ = Yλ − s⁺, solved as a linear program by the
 * Charnes–Cooper transformation. Inputs or outputs that are zero for DMU₀ are left out of
 * its ratio (and of m or s), as Tone proposes for zero data.</li>
 * </ul>
 * Cost: one linear program of n + 1 variables and m + s (+1) rows per DMU and phase, n
 * programs per model, solved in parallel.
 */
public final class DataEnvelopment {

	/** Intensities at or below this count as zero (not peers). */
	static final double PEER_TOLERANCE = 1e-7;

	private DataEnvelopment() {
	}

	/**
	 * Scores every DMU of {@code data} under {@code spec}.
	 */
	public static DeaResult evaluate(DeaData data, DeaSpec spec) {
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(spec, "spec");
		double[] inputScale = columnScale(data.inputs(), data.inputNames().size());
		double[] outputScale = columnScale(data.outputs(), data.outputNames().size());
		DeaResult scaled = evaluateScaled(new DeaData(data.dmus(), data.inputNames(), data.outputNames(),
				scaled(data.inputs(), inputScale), scaled(data.outputs(), outputScale)), spec);
		List<DmuEfficiency> results = new ArrayList<>();
		for (DmuEfficiency dmu : scaled.dmus()) {
			results.add(new DmuEfficiency(dmu.dmu(), dmu.status(), dmu.efficiency(), dmu.phi(), dmu.lambdas(),
					dmu.peers(), unscaled(dmu.slacks(), data, inputScale, outputScale),
					unscaled(dmu.projections(), data, inputScale, outputScale), dmu.note()));
		}
		return new DeaResult(spec, List.copyOf(results), data.warnings());
	}

	/**
	 * Each column's largest value (1 for a column of zeros). The programs are solved on
	 * the data divided by these: scores, intensities and peers do not change when a
	 * column is rescaled, but the simplex does: with GDP in yuan (10¹²) beside population
	 * (10⁷) unscaled BCC programs came out suboptimal (Nanjing 0.9240 instead of 0.9224,
	 * checked with scipy's HiGHS on the scaled data) — see {@code DataEnvelopmentTests}.
	 */
	private static double[] columnScale(double[][] rows, int columns) {
		double[] scale = new double[columns];
		for (double[] row : rows) {
			for (int c = 0; c < columns; c++) {
				scale[c] = Math.max(scale[c], row[c]);
			}
		}
		for (int c = 0; c < columns; c++) {
			scale[c] = (scale[c] > 0) ? scale[c] : 1;
		}
		return scale;
	}

	private static double[][] rows(double[][] rows, int[] which) {
		double[][] picked = new double[which.length][];
		for (int k = 0; k < which.length; k++) {
			picked[k] = rows[which[k]];
		}
		return picked;
	}

	private static double[][] scaled(double[][] rows, double[] scale) {
		double[][] scaled = new double[rows.length][];
		for (int j = 0; j < rows.length; j++) {
			scaled[j] = new double[scale.length];
			for (int c = 0; c < scale.length; c++) {
				scaled[j][c] = rows[j][c] / scale[c];
			}
		}
		return scaled;
	}

	private static Vectors unscaled(Vectors vectors, DeaData data, double[] inputScale, double[] outputScale) {
		return new Vectors(unscaled(vectors.inputs(), data.inputNames(), inputScale),
				unscaled(vectors.outputs(), data.outputNames(), outputScale));
	}

	private static Map<String, Double> unscaled(Map<String, Double> values, List<String> names, double[] scale) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int c = 0; c < names.size(); c++) {
			Double value = values.get(names.get(c));
			if (value != null) {
				map.put(names.get(c), value * scale[c]);
			}
		}
		return map;
	}

	private static DeaResult evaluateScaled(DeaData data, DeaSpec spec) {
		int n = data.size();
		int[] all = IntStream.range(0, n).toArray();
		int[] undominated = undominated(data);
		boolean vrs = spec.returnsToScale() == ReturnsToScale.VRS;
		int[] leaders = ratioLeaders(data, undominated);
		int[] efficient = IntStream.of(undominated)
			.parallel()
			.filter((o) -> mayBeEfficient(data, o, undominated, leaders, vrs))
			.toArray();
		DmuEfficiency[] results = new DmuEfficiency[n];
		IntStream.range(0, n).parallel().forEach((o) -> {
			boolean ownFrontier = spec.superEfficiency() && java.util.Arrays.binarySearch(undominated, o) >= 0;
			results[o] = solve(data, o, spec, ownFrontier ? all : efficient);
		});
		return new DeaResult(spec, List.of(results), data.warnings());
	}

	/**
	 * Whether DMU o is on the frontier (θ* = 1 under the given returns to scale), decided
	 * in the multiplier form max u·y₀ (+u₀) s.t. v·x₀ = 1, u·yⱼ − v·xⱼ (+u₀) ≤ 0, u, v ≥
	 * 0, by row generation: start with DMU o's own row, add the most violated rows of the
	 * undominated DMUs until none is violated. Each program has only m + s (+2)
	 * variables. Errs on the side of "efficient" (tolerance 1e-6, degenerate data), which
	 * only enlarges the reference set.
	 */
	static boolean mayBeEfficient(DeaData data, int o, int[] candidates, boolean vrs) {
		return mayBeEfficient(data, o, candidates, new int[0], vrs);
	}

	/**
	 * The DMUs with the highest ratio of some output to some input (one per pair, and the
	 * highest sum of outputs over the sum of inputs, each normalised by its column's
	 * largest value): under constant returns each is on the frontier, and together they
	 * cut most of the multiplier space, so the row generation of {@link #mayBeEfficient}
	 * needs fewer rounds when it starts from their rows.
	 */
	static int[] ratioLeaders(DeaData data, int[] candidates) {
		int m = data.inputNames().size();
		int s = data.outputNames().size();
		double[] inputScale = columnScale(rows(data.inputs(), candidates), m);
		double[] outputScale = columnScale(rows(data.outputs(), candidates), s);
		java.util.Set<Integer> leaders = new java.util.TreeSet<>();
		for (int i = 0; i < m; i++) {
			for (int r = 0; r < s; r++) {
				int best = -1;
				double bestRatio = -1;
				for (int j : candidates) {
					double x = data.inputs()[j][i];
					double ratio = (x > 0) ? data.outputs()[j][r] / x : Double.POSITIVE_INFINITY;
					if (ratio > bestRatio) {
						best = j;
						bestRatio = ratio;
					}
				}
				if (best >= 0) {
					leaders.add(best);
				}
			}
		}
		int best = -1;
		double bestRatio = -1;
		for (int j : candidates) {
			double in = 0;
			double out = 0;
			for (int i = 0; i < m; i++) {
				in += data.inputs()[j][i] / inputScale[i];
			}
			for (int r = 0; r < s; r++) {
				out += data.outputs()[j][r] / outputScale[r];
			}
			double ratio = (in > 0) ? out / in : Double.POSITIVE_INFINITY;
			if (ratio > bestRatio) {
				best = j;
				bestRatio = ratio;
			}
		}
		if (best >= 0) {
			leaders.add(best);
		}
		return leaders.stream().mapToInt(Integer::intValue).toArray();
	}

	static boolean mayBeEfficient(DeaData data, int o, int[] candidates, int[] seeds, boolean vrs) {
		double[] x0 = data.inputs()[o];
		if (DeaData.allZero(x0)) {
			return true;
		}
		int m = x0.length;
		int s = data.outputs()[o].length;
		int vars = m + s + (vrs ? 2 : 0);
		List<Integer> rows = new ArrayList<>();
		rows.add(o);
		for (int seed : seeds) {
			if (seed != o) {
				rows.add(seed);
			}
		}
		for (int round = 0; round < 1000; round++) {
			LinearProgram lp = new LinearProgram(vars);
			for (int r = 0; r < s; r++) {
				lp.objective(m + r, data.outputs()[o][r]);
			}
			if (vrs) {
				lp.objective(m + s, 1).objective(m + s + 1, -1);
			}
			double[] normal = new double[vars];
			System.arraycopy(x0, 0, normal, 0, m);
			lp.constraint(normal, Sense.EQ, 1);
			for (int j : rows) {
				lp.constraint(multiplierRow(data, j, vars, vrs), Sense.LE, 0);
			}
			Solution solution = lp.maximise();
			if (solution.status() != Status.OPTIMAL) {
				return true;
			}
			if (solution.objective() < 1 - 1e-6) {
				return false;
			}
			double[] w = solution.values();
			List<double[]> violated = new ArrayList<>();
			for (int j : candidates) {
				double value = 0;
				double[] row = multiplierRow(data, j, vars, vrs);
				for (int k = 0; k < vars; k++) {
					value += row[k] * w[k];
				}
				if (value > 1e-9) {
					violated.add(new double[] { value, j });
				}
			}
			if (violated.isEmpty()) {
				return true;
			}
			violated.sort((a, b) -> Double.compare(b[0], a[0]));
			for (int v = 0; v < Math.min(8, violated.size()); v++) {
				rows.add((int) violated.get(v)[1]);
			}
		}
		return true;
	}

	private static double[] multiplierRow(DeaData data, int j, int vars, boolean vrs) {
		int m = data.inputs()[j].length;
		int s = data.outputs()[j].length;
		double[] row = new double[vars];
		for (int i = 0; i < m; i++) {
			row[i] = -data.inputs()[j][i];
		}
		for (int r = 0; r < s; r++) {
			row[m + r] = data.outputs()[j][r];
		}
		if (vrs) {
			row[m + s] = 1;
			row[m + s + 1] = -1;
		}
		return row;
	}

	private static DmuEfficiency solve(DeaData data, int o, DeaSpec spec, int[] reference) {
		return (spec.model() == Model.SBM) ? slacksBased(data, o, spec.returnsToScale(), reference)
				: radial(data, o, spec, reference);
	}

	/**
	 * The DMUs no other DMU dominates (no more of any input, no less of any output,
	 * better in one; of identical DMUs the first). A dominated DMU is never needed in a
	 * reference set: moving its intensity to the DMU that dominates it keeps every
	 * constraint and does not lower the slacks, so scores, slacks and projections stay
	 * exact. Cost O(n²(m+s)).
	 */
	static int[] undominated(DeaData data) {
		int n = data.size();
		boolean[] dominated = new boolean[n];
		for (int k = 0; k < n; k++) {
			for (int d = 0; d < n && !dominated[k]; d++) {
				if (d != k && dominates(data, d, k)) {
					dominated[k] = true;
				}
			}
		}
		return IntStream.range(0, n).filter((k) -> !dominated[k]).toArray();
	}

	private static boolean dominates(DeaData data, int d, int k) {
		boolean strictly = false;
		double[] xd = data.inputs()[d];
		double[] xk = data.inputs()[k];
		for (int i = 0; i < xd.length; i++) {
			if (xd[i] > xk[i]) {
				return false;
			}
			strictly |= xd[i] < xk[i];
		}
		double[] yd = data.outputs()[d];
		double[] yk = data.outputs()[k];
		for (int r = 0; r < yd.length; r++) {
			if (yd[r] < yk[r]) {
				return false;
			}
			strictly |= yd[r] > yk[r];
		}
		return strictly || d < k;
	}

	/**
	 * The radial score of DMU {@code (x0, y0)} against the reference DMUs {@code ref},
	 * without slacks: θ* (input) or φ* (output), or NaN if the program has no optimum.
	 * For Malmquist indices, which compare a DMU with the frontier of another period.
	 */
	static double radialScore(double[][] refInputs, double[][] refOutputs, double[] x0, double[] y0,
			Orientation orientation, boolean vrs) {
		double[] inputScale = columnScale(refInputs, x0.length);
		double[] outputScale = columnScale(refOutputs, y0.length);
		refInputs = scaled(refInputs, inputScale);
		refOutputs = scaled(refOutputs, outputScale);
		x0 = scaled(new double[][] { x0 }, inputScale)[0];
		y0 = scaled(new double[][] { y0 }, outputScale)[0];
		int[] all = IntStream.range(0, refInputs.length).toArray();
		Solution phase1 = radialPhase1(refInputs, refOutputs, all, x0, y0, orientation, vrs, -1);
		return (phase1.status() == Status.OPTIMAL) ? phase1.values()[0] : Double.NaN;
	}

	private static DmuEfficiency radial(DeaData data, int o, DeaSpec spec, int[] reference) {
		String name = data.dmus().get(o);
		boolean vrs = spec.returnsToScale() == ReturnsToScale.VRS;
		boolean input = spec.orientation() == Orientation.INPUT;
		double[] x0 = data.inputs()[o];
		double[] y0 = data.outputs()[o];
		if (!input && DeaData.allZero(y0)) {
			return DmuEfficiency.without(name, "unbounded",
					"all outputs are zero, so no output-oriented score exists (φ is unbounded)");
		}
		int excluded = spec.superEfficiency() ? o : -1;
		Solution phase1 = radialPhase1(data.inputs(), data.outputs(), reference, x0, y0, spec.orientation(), vrs,
				excluded);
		if (phase1.status() != Status.OPTIMAL) {
			return DmuEfficiency.without(name, phase1.status().name().toLowerCase(java.util.Locale.ROOT),
					spec.superEfficiency() ? "no super-efficiency score: DMU " + name
							+ " cannot be enveloped by the others under " + spec.returnsToScale().id()
							: "the linear program has no optimum");
		}
		double score = phase1.values()[0];
		Solution phase2 = radialPhase2(data, reference, x0, y0, score, input, vrs, excluded);
		if (phase2.status() != Status.OPTIMAL) {
			phase2 = phase1;
		}
		int n = data.size();
		int m = data.inputNames().size();
		int s = data.outputNames().size();
		double[] lambda = new double[n];
		double[] inputSlack = new double[m];
		double[] outputSlack = new double[s];
		int k = reference.length;
		if (phase2 == phase1) {
			for (int q = 0; q < k; q++) {
				lambda[reference[q]] = phase1.values()[1 + q];
			}
			for (int i = 0; i < m; i++) {
				double used = 0;
				for (int j = 0; j < n; j++) {
					used += lambda[j] * data.inputs()[j][i];
				}
				inputSlack[i] = Math.max(0, (input ? score : 1) * x0[i] - used);
			}
			for (int r = 0; r < s; r++) {
				double made = 0;
				for (int j = 0; j < n; j++) {
					made += lambda[j] * data.outputs()[j][r];
				}
				outputSlack[r] = Math.max(0, made - (input ? 1 : score) * y0[r]);
			}
		}
		else {
			for (int q = 0; q < k; q++) {
				lambda[reference[q]] = phase2.values()[q];
			}
			for (int i = 0; i < m; i++) {
				inputSlack[i] = clean(phase2.values()[k + i]);
			}
			for (int r = 0; r < s; r++) {
				outputSlack[r] = clean(phase2.values()[k + m + r]);
			}
		}
		Map<String, Double> inputTargets = new LinkedHashMap<>();
		Map<String, Double> outputTargets = new LinkedHashMap<>();
		for (int i = 0; i < m; i++) {
			inputTargets.put(data.inputNames().get(i), (input ? score : 1) * x0[i] - inputSlack[i]);
		}
		for (int r = 0; r < s; r++) {
			outputTargets.put(data.outputNames().get(r), (input ? 1 : score) * y0[r] + outputSlack[r]);
		}
		Double efficiency = input ? score : 1 / score;
		Double phi = input ? null : score;
		return new DmuEfficiency(name, "optimal", efficiency, phi, lambdas(data, lambda), peers(data, lambda),
				new Vectors(named(data.inputNames(), inputSlack), named(data.outputNames(), outputSlack)),
				new Vectors(inputTargets, outputTargets), null);
	}

	/**
	 * Phase 1. Variables: [score, λ of each reference DMU]; the DMU {@code excluded} (an
	 * index into the data, or −1) gets no intensity.
	 */
	private static Solution radialPhase1(double[][] inputs, double[][] outputs, int[] reference, double[] x0,
			double[] y0, Orientation orientation, boolean vrs, int excluded) {
		int k = reference.length;
		int m = x0.length;
		int s = y0.length;
		boolean input = orientation == Orientation.INPUT;
		LinearProgram lp = new LinearProgram(k + 1).objective(0, 1);
		for (int i = 0; i < m; i++) {
			double[] row = new double[k + 1];
			for (int q = 0; q < k; q++) {
				row[q + 1] = (reference[q] == excluded) ? 0 : inputs[reference[q]][i];
			}
			if (input) {
				row[0] = -x0[i];
				lp.constraint(row, Sense.LE, 0);
			}
			else {
				lp.constraint(row, Sense.LE, x0[i]);
			}
		}
		for (int r = 0; r < s; r++) {
			double[] row = new double[k + 1];
			for (int q = 0; q < k; q++) {
				row[q + 1] = (reference[q] == excluded) ? 0 : outputs[reference[q]][r];
			}
			if (input) {
				lp.constraint(row, Sense.GE, y0[r]);
			}
			else {
				row[0] = -y0[r];
				lp.constraint(row, Sense.GE, 0);
			}
		}
		if (vrs) {
			double[] row = new double[k + 1];
			for (int q = 0; q < k; q++) {
				row[q + 1] = (reference[q] == excluded) ? 0 : 1;
			}
			lp.constraint(row, Sense.EQ, 1);
		}
		for (int q = 0; q < k; q++) {
			if (reference[q] == excluded) {
				double[] row = new double[k + 1];
				row[q + 1] = 1;
				lp.constraint(row, Sense.EQ, 0);
			}
		}
		return input ? lp.minimise() : lp.maximise();
	}

	/**
	 * Phase 2: the score fixed (loosened by 1e-9 relative, so rounding in phase 1 cannot
	 * make it infeasible), the sum of slacks maximised. Variables: [λ of each reference
	 * DMU, s⁻₁ … s⁻ₘ, s⁺₁ … s⁺ₛ].
	 */
	private static Solution radialPhase2(DeaData data, int[] reference, double[] x0, double[] y0, double score,
			boolean input, boolean vrs, int excluded) {
		int k = reference.length;
		int m = x0.length;
		int s = y0.length;
		double loosened = input ? score * (1 + 1e-9) : score * (1 - 1e-9);
		LinearProgram lp = new LinearProgram(k + m + s);
		for (int v = k; v < k + m + s; v++) {
			lp.objective(v, 1);
		}
		for (int i = 0; i < m; i++) {
			double[] row = new double[k + m + s];
			for (int q = 0; q < k; q++) {
				row[q] = (reference[q] == excluded) ? 0 : data.inputs()[reference[q]][i];
			}
			row[k + i] = 1;
			lp.constraint(row, Sense.EQ, (input ? loosened : 1) * x0[i]);
		}
		for (int r = 0; r < s; r++) {
			double[] row = new double[k + m + s];
			for (int q = 0; q < k; q++) {
				row[q] = (reference[q] == excluded) ? 0 : data.outputs()[reference[q]][r];
			}
			row[k + m + r] = -1;
			lp.constraint(row, Sense.EQ, (input ? 1 : loosened) * y0[r]);
		}
		if (vrs) {
			double[] row = new double[k + m + s];
			for (int q = 0; q < k; q++) {
				row[q] = (reference[q] == excluded) ? 0 : 1;
			}
			lp.constraint(row, Sense.EQ, 1);
		}
		for (int q = 0; q < k; q++) {
			if (reference[q] == excluded) {
				double[] row = new double[k + m + s];
				row[q] = 1;
				lp.constraint(row, Sense.EQ, 0);
			}
		}
		return lp.maximise();
	}

	/**
	 * SBM by the Charnes–Cooper transformation. Variables: [t, Λ₁ … Λₙ, S⁻₁ … S⁻ₘ, S⁺₁ …
	 * S⁺ₛ].
	 */
	private static DmuEfficiency slacksBased(DeaData data, int o, ReturnsToScale rts, int[] reference) {
		int n = reference.length;
		int m = data.inputNames().size();
		int s = data.outputNames().size();
		double[] x0 = data.inputs()[o];
		double[] y0 = data.outputs()[o];
		long positiveInputs = java.util.Arrays.stream(x0).filter((v) -> v > 0).count();
		long positiveOutputs = java.util.Arrays.stream(y0).filter((v) -> v > 0).count();
		int vars = 1 + n + m + s;
		LinearProgram lp = new LinearProgram(vars).objective(0, 1);
		for (int i = 0; i < m; i++) {
			if (x0[i] > 0) {
				lp.objective(1 + n + i, -1.0 / (positiveInputs * x0[i]));
			}
		}
		double[] norm = new double[vars];
		norm[0] = 1;
		for (int r = 0; r < s; r++) {
			if (y0[r] > 0) {
				norm[1 + n + m + r] = 1.0 / (positiveOutputs * y0[r]);
			}
		}
		lp.constraint(norm, Sense.EQ, 1);
		for (int i = 0; i < m; i++) {
			double[] row = new double[vars];
			row[0] = -x0[i];
			for (int j = 0; j < n; j++) {
				row[1 + j] = data.inputs()[reference[j]][i];
			}
			row[1 + n + i] = 1;
			lp.constraint(row, Sense.EQ, 0);
		}
		for (int r = 0; r < s; r++) {
			double[] row = new double[vars];
			row[0] = -y0[r];
			for (int j = 0; j < n; j++) {
				row[1 + j] = data.outputs()[reference[j]][r];
			}
			row[1 + n + m + r] = -1;
			lp.constraint(row, Sense.EQ, 0);
		}
		if (rts == ReturnsToScale.VRS) {
			double[] row = new double[vars];
			row[0] = -1;
			for (int j = 0; j < n; j++) {
				row[1 + j] = 1;
			}
			lp.constraint(row, Sense.EQ, 0);
		}
		Solution solution = lp.minimise();
		String name = data.dmus().get(o);
		if (solution.status() != Status.OPTIMAL || solution.values()[0] <= 0) {
			return DmuEfficiency.without(name, solution.status().name().toLowerCase(java.util.Locale.ROOT),
					"the SBM program has no optimum");
		}
		double t = solution.values()[0];
		double[] lambda = new double[data.size()];
		for (int j = 0; j < n; j++) {
			lambda[reference[j]] = solution.values()[1 + j] / t;
		}
		double[] inputSlack = new double[m];
		double[] outputSlack = new double[s];
		Map<String, Double> inputTargets = new LinkedHashMap<>();
		Map<String, Double> outputTargets = new LinkedHashMap<>();
		for (int i = 0; i < m; i++) {
			inputSlack[i] = clean(solution.values()[1 + n + i] / t);
			inputTargets.put(data.inputNames().get(i), x0[i] - inputSlack[i]);
		}
		for (int r = 0; r < s; r++) {
			outputSlack[r] = clean(solution.values()[1 + n + m + r] / t);
			outputTargets.put(data.outputNames().get(r), y0[r] + outputSlack[r]);
		}
		double rho = Math.min(1, Math.max(0, solution.objective()));
		return new DmuEfficiency(name, "optimal", rho, null, lambdas(data, lambda), peers(data, lambda),
				new Vectors(named(data.inputNames(), inputSlack), named(data.outputNames(), outputSlack)),
				new Vectors(inputTargets, outputTargets), null);
	}

	private static double clean(double value) {
		return (Math.abs(value) < 1e-9) ? 0 : value;
	}

	private static Map<String, Double> named(List<String> names, double[] values) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int k = 0; k < names.size(); k++) {
			map.put(names.get(k), values[k]);
		}
		return map;
	}

	private static Map<String, Double> lambdas(DeaData data, double[] lambda) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int j : peerOrder(lambda)) {
			map.put(data.dmus().get(j), lambda[j]);
		}
		return map;
	}

	private static List<String> peers(DeaData data, double[] lambda) {
		return peerOrder(lambda).stream().map(data.dmus()::get).toList();
	}

	private static List<Integer> peerOrder(double[] lambda) {
		List<Integer> order = new ArrayList<>();
		for (int j = 0; j < lambda.length; j++) {
			if (lambda[j] > PEER_TOLERANCE) {
				order.add(j);
			}
		}
		order.sort(Comparator.comparingDouble((Integer j) -> -lambda[j]).thenComparing((j) -> j));
		return order;
	}

}
