package org.corridor.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a target is progressing, from the annual observations of its indicator.
 * <p>
 * <b>Required growth</b>: for levels (CNY, counts, persons) the compound annual growth
 * rate (target / latest)^(1/(deadline − latest year)) − 1; for percentages the change in
 * percentage points per year (target − latest) / (deadline − latest year). <b>Trend</b>:
 * a least-squares fit on the last {@value #TREND_OBSERVATIONS} annual observations —
 * log-linear for levels (growth e^b − 1), linear for percentages (b points a year) —
 * extrapolated to the deadline. <b>Status</b>, after Eurostat's rule for indicators with
 * quantified targets (Eurostat, <i>Sustainable development in the European Union</i>,
 * monitoring report, methodological annex): {@code met} when an observation up to the
 * deadline reaches the target; {@code missed} when the deadline year is observed below
 * it; otherwise the ratio of trend growth to required growth: ≥ 95 % {@code on track},
 * 60–95 % {@code at risk}, below 60 % (or moving away) {@code off track}. With one
 * observation there is no trend ({@code insufficient data}); with none, {@code no data}.
 *
 * @param target the target
 * @param latestYear year of the latest annual observation, or null
 * @param latestValue its value
 * @param shareAchieved latest / target
 * @param requiredGrowth growth a year still needed (fraction, or points for percentages)
 * @param trendGrowth growth a year of the trend (same unit)
 * @param forecast the trend's value at the deadline
 * @param method how trend and required growth were computed
 * @param observationsUsed years of the observations the trend uses
 * @param status met, on track, at risk, off track, missed, insufficient data or no data
 * @param reason the status in words
 */
public record TargetProgress(Target target, Integer latestYear, Double latestValue, Double shareAchieved,
		Double requiredGrowth, Double trendGrowth, Double forecast, String method, List<Integer> observationsUsed,
		String status, String reason) {

	/** How many of the latest annual observations the trend uses. */
	public static final int TREND_OBSERVATIONS = 3;

	/**
	 * Evaluates a target against the observations of its indicator (others are ignored).
	 * Where a year has several values, a stated one (reference, import, api) is taken
	 * before one read by machine from a document ({@code extracted}).
	 */
	public static TargetProgress of(Target target, List<Observation> observations) {
		Objects.requireNonNull(target, "target");
		List<Observation> series = new ArrayList<>(observations.stream()
			.filter((o) -> o.indicator().equals(target.indicator()) && o.regionCode().equals(target.regionCode())
					&& o.annual())
			.sorted(Comparator.comparingInt(Observation::year).thenComparing((o) -> "extracted".equals(o.origin())))
			.toList());
		dropRepeatedYears(series);
		boolean points = target.unit().equals("percent");
		String method = points
				? "required: percentage points a year to the deadline; trend: linear least squares on the last "
						+ TREND_OBSERVATIONS + " annual observations"
				: "required: compound annual growth to the deadline; trend: log-linear least squares on the last "
						+ TREND_OBSERVATIONS + " annual observations";
		if (series.isEmpty()) {
			return new TargetProgress(target, null, null, null, null, null, null, method, List.of(), "no data",
					"no annual observation of " + target.indicator() + " is stored for " + target.regionCode());
		}
		Observation latest = series.get(series.size() - 1);
		double share = latest.value() / target.value();
		for (Observation o : series) {
			if (o.year() <= target.deadline() && o.value() >= target.value()) {
				return new TargetProgress(target, latest.year(), latest.value(), share, 0.0, null, null, method,
						List.of(o.year()), "met",
						"reached in " + o.year() + " (" + format(o.value(), target.unit()) + ")");
			}
		}
		Observation atDeadline = series.stream().filter((o) -> o.year() == target.deadline()).findFirst().orElse(null);
		if (atDeadline != null || latest.year() >= target.deadline()) {
			Observation last = (atDeadline != null) ? atDeadline : latest;
			return new TargetProgress(target, latest.year(), latest.value(), share, null, null, null, method,
					List.of(last.year()), "missed", format(last.value(), target.unit()) + " in " + last.year()
							+ ", below the target of " + format(target.value(), target.unit()));
		}
		int years = target.deadline() - latest.year();
		double required = points ? (target.value() - latest.value()) / years
				: Math.pow(target.value() / latest.value(), 1.0 / years) - 1;
		List<Observation> recent = series.subList(Math.max(0, series.size() - TREND_OBSERVATIONS), series.size());
		List<Integer> used = recent.stream().map(Observation::year).toList();
		if (recent.size() < 2) {
			return new TargetProgress(target, latest.year(), latest.value(), share, required, null, null, method, used,
					"insufficient data", "needs " + growth(required, points) + " a year from " + latest.year()
							+ "; one observation gives no trend");
		}
		double slope = slope(recent, !points);
		double trend = points ? slope : Math.exp(slope) - 1;
		double forecast = points ? latest.value() + slope * years : latest.value() * Math.exp(slope * years);
		double ratio = trend / required;
		String status = (ratio >= 0.95) ? "on track" : (ratio >= 0.6) ? "at risk" : "off track";
		return new TargetProgress(target, latest.year(), latest.value(), share, required, trend, forecast, method, used,
				status,
				"needs " + growth(required, points) + " a year from " + latest.year() + "; the trend gives "
						+ growth(trend, points) + " (" + Math.round(ratio * 100) + " % of the required growth), "
						+ format(forecast, target.unit()) + " by " + target.deadline());
	}

	private static void dropRepeatedYears(List<Observation> series) {
		for (int k = series.size() - 1; k > 0; k--) {
			if (series.get(k).year() == series.get(k - 1).year()) {
				series.remove(k);
			}
		}
	}

	/**
	 * Least-squares slope of value (or its logarithm) against year.
	 */
	static double slope(List<Observation> points, boolean logarithmic) {
		double n = points.size();
		double meanX = points.stream().mapToDouble(Observation::year).average().orElse(0);
		double meanY = points.stream()
			.mapToDouble((o) -> logarithmic ? Math.log(o.value()) : o.value())
			.average()
			.orElse(0);
		double sxy = 0;
		double sxx = 0;
		for (Observation o : points) {
			double dx = o.year() - meanX;
			sxy += dx * ((logarithmic ? Math.log(o.value()) : o.value()) - meanY);
			sxx += dx * dx;
		}
		return (n < 2 || sxx == 0) ? 0 : sxy / sxx;
	}

	private static String growth(double value, boolean points) {
		return points ? String.format(Locale.ROOT, "%+.2f points", value)
				: String.format(Locale.ROOT, "%.1f %%", value * 100);
	}

	static String format(double value, String unit) {
		return switch (unit) {
			case "CNY" -> (Math.abs(value) >= 1e12) ? String.format(Locale.ROOT, "%.2f trillion yuan", value / 1e12)
					: String.format(Locale.ROOT, "%.1f billion yuan", value / 1e9);
			case "percent" -> String.format(Locale.ROOT, "%.2f %%", value);
			default -> String.format(Locale.ROOT, "%,.0f", value);
		};
	}

}
