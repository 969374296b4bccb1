package org.corridor.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A composite innovation index in the methodology of the European Innovation Scoreboard
 * (European Commission, <i>European Innovation Scoreboard 2023 — Methodology Report</i>,
 * §3):
 * <ol>
 * <li><b>outliers</b>: a value above mean + 2 sd or below mean − 2 sd of an indicator
 * (over all regions and periods) is replaced by the largest (smallest) value that is not
 * an outlier;</li>
 * <li><b>skew</b>: an indicator whose skewness is above 1 is replaced by its square
 * root;</li>
 * <li><b>min–max</b>: (x − min) / (max − min) over all regions and periods (an indicator
 * where lower is better is reversed: 1 − that);</li>
 * <li><b>aggregate</b>: the weighted mean of the normalised values a row has (weights
 * renormalised over the indicators present; equal weights by default);</li>
 * <li><b>rank</b> within each period (1 = highest) and <b>performance group</b> by the
 * score relative to the period's average: leader &gt; 125 %, strong 100–125 %, moderate
 * 70–100 %, emerging &lt; 70 %;</li>
 * <li><b>sensitivity</b>: ranks under {@code draws} weight vectors drawn uniformly from
 * the simplex (normalised exponential variates, a flat Dirichlet), reported as median
 * rank and 5–95 % interval.</li>
 * </ol>
 * Cost: O(r·k) for the index, O(d·r·(k + log r)) for d draws over r rows and k
 * indicators.
 */
public final class CompositeIndex {

	private CompositeIndex() {
	}

	/**
	 * The input: one row per region and period.
	 *
	 * @param regions the region of each row
	 * @param periods the period of each row
	 * @param indicators the indicator names
	 * @param values {@code values[row][indicator]}, NaN where missing
	 * @param lowerIsBetter for each indicator, whether smaller values are better
	 */
	public record Data(List<String> regions, List<String> periods, List<String> indicators, double[][] values,
			boolean[] lowerIsBetter) {

		public Data {
			regions = List.copyOf(regions);
			periods = List.copyOf(periods);
			indicators = List.copyOf(indicators);
			if (regions.size() != periods.size() || regions.size() != values.length) {
				throw new IllegalArgumentException("regions, periods and values must have one entry per row");
			}
			if (lowerIsBetter.length != indicators.size()) {
				throw new IllegalArgumentException("lowerIsBetter needs one flag per indicator");
			}
			for (int row = 0; row < values.length; row++) {
				if (values[row].length != indicators.size()) {
					throw new IllegalArgumentException("row " + (row + 1) + " has " + values[row].length
							+ " values for " + indicators.size() + " indicators");
				}
				for (double v : values[row]) {
					if (Double.isInfinite(v)) {
						throw new IllegalArgumentException(
								"row " + (row + 1) + " (" + regions.get(row) + ") has an infinite value");
					}
				}
			}
		}

	}

	/**
	 * What was done to one indicator.
	 */
	public record IndicatorTreatment(String indicator, int outliersReplaced, double skewness, boolean squareRoot,
			double min, double max, double weight) {

	}

	/**
	 * One row's result.
	 */
	public record Score(String region, String period, Double score, Integer rank, Double relativeToAverage,
			String group, Double medianRank, Double rankP05, Double rankP95) {

	}

	/**
	 * The index.
	 */
	public record Result(List<Score> scores, List<IndicatorTreatment> indicators, int draws, long seed) {

	}

	/**
	 * Computes the index.
	 * @param data the rows
	 * @param weights one weight per indicator, not negative, not all zero; {@code null}
	 * for equal weights
	 * @param draws number of random weight vectors for the sensitivity analysis (0 for
	 * none)
	 * @param seed seed of the random weights, so results can be reproduced
	 */
	public static Result compute(Data data, double[] weights, int draws, long seed) {
		Objects.requireNonNull(data, "data");
		int k = data.indicators().size();
		int rows = data.values().length;
		double[] w = weights(weights, k);
		double[][] normalised = new double[rows][k];
		List<IndicatorTreatment> treatments = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			double[] column = new double[rows];
			for (int row = 0; row < rows; row++) {
				column[row] = data.values()[row][c];
			}
			int replaced = replaceOutliers(column);
			double skewness = skewness(column);
			boolean root = skewness > 1;
			if (root) {
				for (int row = 0; row < rows; row++) {
					column[row] = Double.isNaN(column[row]) ? Double.NaN : Math.sqrt(Math.max(0, column[row]));
				}
			}
			double min = Arrays.stream(column).filter((v) -> !Double.isNaN(v)).min().orElse(Double.NaN);
			double max = Arrays.stream(column).filter((v) -> !Double.isNaN(v)).max().orElse(Double.NaN);
			for (int row = 0; row < rows; row++) {
				double v = column[row];
				double scaled = Double.isNaN(v) ? Double.NaN : (max > min) ? (v - min) / (max - min) : 0.5;
				normalised[row][c] = (data.lowerIsBetter()[c] && !Double.isNaN(scaled)) ? 1 - scaled : scaled;
			}
			treatments.add(new IndicatorTreatment(data.indicators().get(c), replaced, skewness, root, min, max, w[c]));
		}
		double[] scores = aggregate(normalised, w);
		Map<String, List<Integer>> byPeriod = new HashMap<>();
		for (int row = 0; row < rows; row++) {
			byPeriod.computeIfAbsent(data.periods().get(row), (p) -> new ArrayList<>()).add(row);
		}
		int[] ranks = ranks(scores, byPeriod);
		double[] relative = new double[rows];
		for (List<Integer> members : byPeriod.values()) {
			double mean = members.stream()
				.mapToDouble((r) -> scores[r])
				.filter((v) -> !Double.isNaN(v))
				.average()
				.orElse(Double.NaN);
			for (int r : members) {
				relative[r] = scores[r] / mean;
			}
		}
		double[][] sensitivity = sensitivity(normalised, byPeriod, k, draws, seed);
		List<Score> result = new ArrayList<>(rows);
		for (int row = 0; row < rows; row++) {
			boolean scored = !Double.isNaN(scores[row]);
			result.add(new Score(data.regions().get(row), data.periods().get(row), scored ? scores[row] : null,
					scored ? ranks[row] : null, scored ? relative[row] : null, scored ? group(relative[row]) : null,
					(scored && draws > 0) ? sensitivity[row][0] : null,
					(scored && draws > 0) ? sensitivity[row][1] : null,
					(scored && draws > 0) ? sensitivity[row][2] : null));
		}
		return new Result(result, treatments, draws, seed);
	}

	private static double[] weights(double[] weights, int k) {
		if (weights == null) {
			double[] equal = new double[k];
			Arrays.fill(equal, 1.0 / k);
			return equal;
		}
		if (weights.length != k) {
			throw new IllegalArgumentException(weights.length + " weights for " + k + " indicators");
		}
		double total = 0;
		for (double v : weights) {
			if (!(v >= 0) || Double.isInfinite(v)) {
				throw new IllegalArgumentException("weights must be 0 or more, not " + v);
			}
			total += v;
		}
		if (total == 0) {
			throw new IllegalArgumentException("the weights are all zero");
		}
		double[] scaled = weights.clone();
		for (int c = 0; c < k; c++) {
			scaled[c] /= total;
		}
		return scaled;
	}

	/**
	 * Replaces values beyond mean ± 2 sd by the largest / smallest value within; returns
	 * how many.
	 */
	static int replaceOutliers(double[] column) {
		double[] present = Arrays.stream(column).filter((v) -> !Double.isNaN(v)).toArray();
		if (present.length < 3) {
			return 0;
		}
		double mean = Arrays.stream(present).average().orElse(0);
		double sd = Math.sqrt(Arrays.stream(present).map((v) -> (v - mean) * (v - mean)).sum() / (present.length - 1));
		double high = mean + 2 * sd;
		double low = mean - 2 * sd;
		double maxInside = Arrays.stream(present).filter((v) -> v <= high && v >= low).max().orElse(mean);
		double minInside = Arrays.stream(present).filter((v) -> v <= high && v >= low).min().orElse(mean);
		int replaced = 0;
		for (int i = 0; i < column.length; i++) {
			if (column[i] > high) {
				column[i] = maxInside;
				replaced++;
			}
			else if (column[i] < low) {
				column[i] = minInside;
				replaced++;
			}
		}
		return replaced;
	}

	/**
	 * Sample skewness (adjusted Fisher–Pearson, as spreadsheet SKEW), NaN values left
	 * out.
	 */
	static double skewness(double[] column) {
		double[] x = Arrays.stream(column).filter((v) -> !Double.isNaN(v)).toArray();
		int n = x.length;
		if (n < 3) {
			return 0;
		}
		double mean = Arrays.stream(x).average().orElse(0);
		double sd = Math.sqrt(Arrays.stream(x).map((v) -> (v - mean) * (v - mean)).sum() / (n - 1));
		if (sd == 0) {
			return 0;
		}
		double sum = Arrays.stream(x).map((v) -> Math.pow((v - mean) / sd, 3)).sum();
		return n * sum / ((n - 1.0) * (n - 2.0));
	}

	private static double[] aggregate(double[][] normalised, double[] w) {
		double[] scores = new double[normalised.length];
		for (int row = 0; row < normalised.length; row++) {
			double sum = 0;
			double weight = 0;
			for (int c = 0; c < w.length; c++) {
				if (!Double.isNaN(normalised[row][c])) {
					sum += w[c] * normalised[row][c];
					weight += w[c];
				}
			}
			scores[row] = (weight > 0) ? sum / weight : Double.NaN;
		}
		return scores;
	}

	private static int[] ranks(double[] scores, Map<String, List<Integer>> byPeriod) {
		int[] ranks = new int[scores.length];
		for (List<Integer> members : byPeriod.values()) {
			Integer[] order = members.stream().filter((r) -> !Double.isNaN(scores[r])).toArray(Integer[]::new);
			Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
			for (int position = 0; position < order.length; position++) {
				ranks[order[position]] = position + 1;
			}
		}
		return ranks;
	}

	private static String group(double relative) {
		if (relative > 1.25) {
			return "leader";
		}
		if (relative >= 1.0) {
			return "strong";
		}
		if (relative >= 0.7) {
			return "moderate";
		}
		return "emerging";
	}

	/**
	 * Median, 5th and 95th percentile rank of each row over random weight vectors; draws
	 * run in parallel, each from its own split of the seeded generator.
	 */
	private static double[][] sensitivity(double[][] normalised, Map<String, List<Integer>> byPeriod, int k, int draws,
			long seed) {
		int rows = normalised.length;
		double[][] result = new double[rows][3];
		if (draws <= 0) {
			return result;
		}
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom[] streams = new SplittableRandom[draws];
		for (int d = 0; d < draws; d++) {
			streams[d] = root.split();
		}
		int[][] ranksByDraw = new int[draws][];
		IntStream.range(0, draws).parallel().forEach((d) -> {
			double[] w = new double[k];
			double total = 0;
			for (int c = 0; c < k; c++) {
				w[c] = -Math.log(1 - streams[d].nextDouble());
				total += w[c];
			}
			for (int c = 0; c < k; c++) {
				w[c] /= total;
			}
			ranksByDraw[d] = ranks(aggregate(normalised, w), byPeriod);
		});
		int[] column = new int[draws];
		for (int row = 0; row < rows; row++) {
			for (int d = 0; d < draws; d++) {
				column[d] = ranksByDraw[d][row];
			}
			Arrays.sort(column);
			result[row][0] = percentile(column, 0.5);
			result[row][1] = percentile(column, 0.05);
			result[row][2] = percentile(column, 0.95);
		}
		return result;
	}

	/**
	 * Linear interpolation between closest ranks (numpy's default).
	 */
	static double percentile(int[] sorted, double p) {
		double position = p * (sorted.length - 1);
		int lower = (int) Math.floor(position);
		int upper = Math.min(sorted.length - 1, lower + 1);
		return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
	}

}
