package org.corridor.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gravity model of cooperation between regions: expected intensity R_ij = k ·
 * √(P_i·G_i) · √(P_j·G_j) / D_ij^b, with masses P (e.g. population) and G (e.g. GDP or
 * R&D spending), D the great-circle distance in kilometres (haversine, Earth radius 6,371
 * km) and the distance decay b (1 by default; 2 in Newton's form). k is calibrated so
 * that expected and observed intensities have the same total over the pairs given. The
 * ratio observed / expected flags pairs that cooperate less than their size and distance
 * predict (Tinbergen 1962; for innovation networks see e.g. Maggioni, Nosvelli and Uberti
 * 2007). Cost O(p) for p pairs.
 */
public final class GravityModel {

	/** Mean Earth radius in kilometres. */
	public static final double EARTH_RADIUS_KM = 6371.0;

	private GravityModel() {
	}

	/**
	 * A region with its masses and location.
	 */
	public record Mass(String region, double p, double g, double lat, double lon) {

		public Mass {
			Objects.requireNonNull(region, "region");
			if (!(p > 0) || !(g > 0) || Double.isInfinite(p) || Double.isInfinite(g)) {
				throw new IllegalArgumentException(
						"region " + region + ": masses must be positive, not " + p + " and " + g);
			}
		}

	}

	/**
	 * One pair's expected and observed intensity.
	 */
	public record Pair(String a, String b, double distanceKm, double observed, double expected, double ratio) {

	}

	/**
	 * Great-circle distance in kilometres (haversine formula).
	 */
	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/**
	 * Expected against observed intensity for every pair of regions, lowest ratio first.
	 * @param masses the regions
	 * @param observed observed intensity per pair, keyed by the two regions in either
	 * order; missing pairs count 0
	 * @param decay the distance exponent b, positive
	 */
	public static List<Pair> compare(List<Mass> masses, Map<List<String>, Double> observed, double decay) {
		if (!(decay > 0)) {
			throw new IllegalArgumentException("the distance decay must be positive, not " + decay);
		}
		Map<String, Double> byPair = new HashMap<>();
		observed.forEach((key, value) -> {
			if (key.size() != 2) {
				throw new IllegalArgumentException("an observed pair needs two regions: " + key);
			}
			byPair.merge(pairKey(key.get(0), key.get(1)), value, Double::sum);
		});
		List<double[]> raw = new ArrayList<>();
		List<String[]> names = new ArrayList<>();
		double totalRaw = 0;
		double totalObserved = 0;
		for (int i = 0; i < masses.size(); i++) {
			for (int j = i + 1; j < masses.size(); j++) {
				Mass a = masses.get(i);
				Mass b = masses.get(j);
				double d = distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
				if (d == 0) {
					throw new IllegalArgumentException(a.region() + " and " + b.region() + " are at the same point");
				}
				double r = Math.sqrt(a.p() * a.g()) * Math.sqrt(b.p() * b.g()) / Math.pow(d, decay);
				double o = byPair.getOrDefault(pairKey(a.region(), b.region()), 0.0);
				raw.add(new double[] { d, o, r });
				names.add(new String[] { a.region(), b.region() });
				totalRaw += r;
				totalObserved += o;
			}
		}
		double k = (totalRaw > 0) ? totalObserved / totalRaw : 0;
		List<Pair> pairs = new ArrayList<>();
		for (int p = 0; p < raw.size(); p++) {
			double expected = k * raw.get(p)[2];
			double o = raw.get(p)[1];
			pairs.add(new Pair(names.get(p)[0], names.get(p)[1], raw.get(p)[0], o, expected,
					(expected > 0) ? o / expected : Double.NaN));
		}
		pairs.sort(Comparator.comparingDouble(Pair::ratio));
		return pairs;
	}

	private static String pairKey(String a, String b) {
		return (a.compareTo(b) <= 0) ? a + "\u0000" + b : b + "\u0000" + a;
	}

}
