package org.corridor.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.corridor.analytics.CompositeIndex;
import org.corridor.analytics.DataEnvelopment;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaResult;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DmuEfficiency;
import org.corridor.analytics.LearningPartners;
import org.corridor.analytics.NetworkEdge;
import org.corridor.cooperation.CooperationNetworks;
import org.corridor.geo.Level;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.corridor.indicator.TargetProgress;

import org.springframework.stereotype.Component;

/**
 * The observatory's analyses computed from the stored indicator observations, for the
 * observatory, map and region pages.
 * <p>
 * <b>Values of a region and year.</b> Only annual observations count. When a year has
 * several values of one indicator, the first by origin wins: reference, import, api,
 * extracted. Population changes slowly and is mostly known for the 2020 census, so a year
 * without a population figure takes the nearest earlier year, else the nearest later one.
 * <p>
 * <b>Composite index</b> ({@link CompositeIndex}, equal weights): GDP per capita (GDP /
 * population), GDP growth and R&amp;D intensity (stored, else R&amp;D expenditure / GDP).
 * A region enters a year's index when it has GDP per capita; an indicator it lacks is
 * left out of its score and the weights are renormalised over the ones it has, and the
 * table says on how many indicators each score rests. Years offered: those with at least
 * {@value #MIN_INDEX_REGIONS} regions; by default the one with most (latest on a tie).
 * <p>
 * <b>Efficiency</b> ({@link DataEnvelopment}, input-oriented CCR by default, BCC on
 * request): inputs R&amp;D expenditure and population, output GDP, all of the same year
 * (population as above); the DMUs are the regions with all three. Years offered: those
 * with at least {@value #MIN_DMUS} DMUs; by default the one with most.
 * <p>
 * Results are kept until the stored observations change (they are read again, cheaply, on
 * each call and compared).
 */
@Component
class ObservatoryData {

	/** The index indicators, in table order. */
	static final List<String> INDEX_INDICATORS = List.of("gdp_per_capita", "gdp_growth", "rd_intensity");

	static final List<String> DEA_INPUTS = List.of("rd_expenditure", "population");

	static final List<String> DEA_OUTPUTS = List.of("gdp");

	static final int MIN_INDEX_REGIONS = 5;

	static final int MIN_DMUS = 3;

	static final int DRAWS = 1000;

	static final long SEED = 1;

	/** Largest size ratio (population) either way for a learning partner. */
	static final double PARTNER_BAND = 3;

	private static final List<String> ORIGINS = List.of("reference", "import", "api", "extracted");

	private final Indicators indicators;

	private final CooperationNetworks networks;

	private volatile Snapshot snapshot = new Snapshot(List.of());

	ObservatoryData(Indicators indicators, CooperationNetworks networks) {
		this.indicators = indicators;
		this.networks = networks;
	}

	/** One row of the index: the score and the values it was computed from. */
	record IndexRow(CompositeIndex.Score score, Map<String, Double> values, int indicatorsPresent) {

	}

	/** A year's composite index. */
	record IndexTable(int year, List<Integer> years, List<IndexRow> rows,
			List<CompositeIndex.IndicatorTreatment> treatments) {

	}

	/** A year's DEA under one model, with the data it was solved on. */
	record EfficiencyTable(int year, String model, List<Integer> years, DeaData data, DeaResult result) {

		public Optional<DmuEfficiency> of(String region) {
			return this.result.dmus().stream().filter((d) -> d.dmu().equals(region)).findFirst();
		}

		/** Input or output {@code name} of a DMU, as given to the DEA. */
		public Double value(String region, String name) {
			int j = this.data.dmus().indexOf(region);
			if (j < 0) {
				return null;
			}
			int i = this.data.inputNames().indexOf(name);
			if (i >= 0) {
				return this.data.inputs()[j][i];
			}
			int r = this.data.outputNames().indexOf(name);
			return (r >= 0) ? this.data.outputs()[j][r] : null;
		}

	}

	/** The stored observations the results below rest on. */
	List<Observation> observations() {
		return current().observations();
	}

	/**
	 * The composite index of {@code year}, or of the default year when null or not
	 * offered.
	 */
	IndexTable index(Integer year) {
		Snapshot now = current();
		ValuesByYear values = now.values();
		List<Integer> years = indexYears(values);
		if (years.isEmpty()) {
			return new IndexTable(0, years, List.of(), List.of());
		}
		int chosen = (year != null && years.contains(year)) ? year : busiest(values, years, true);
		return (IndexTable) now.memo().computeIfAbsent("index/" + chosen, (k) -> computeIndex(values, chosen, years));
	}

	/**
	 * The DEA of {@code year} under {@code model} (ccr or bcc, input-oriented); defaults
	 * when null or not offered.
	 */
	EfficiencyTable efficiency(Integer year, String model) {
		Snapshot now = current();
		ValuesByYear values = now.values();
		List<Integer> years = deaYears(values);
		String chosenModel = "bcc".equals(model) ? "bcc" : "ccr";
		if (years.isEmpty()) {
			return null;
		}
		int chosen = (year != null && years.contains(year)) ? year : busiest(values, years, false);
		return (EfficiencyTable) now.memo()
			.computeIfAbsent("dea/" + chosen + "/" + chosenModel,
					(k) -> computeEfficiency(values, chosen, chosenModel, years));
	}

	/** A region's DEA result in the default efficiency analysis. */
	Optional<DmuEfficiency> efficiencyOf(String regionCode) {
		EfficiencyTable table = efficiency(null, null);
		return (table != null) ? table.of(regionCode) : Optional.empty();
	}

	/**
	 * Whom a region could learn from: its peers in the default efficiency analysis of
	 * similar size (population within a factor {@value #PARTNER_BAND}), largest λ first,
	 * with hops in the cooperation network of that year. Empty when the region is not a
	 * DMU or is efficient.
	 */
	List<LearningPartners.Partner> learningPartners(String regionCode) {
		EfficiencyTable table = efficiency(null, null);
		if (table == null || table.of(regionCode).isEmpty()) {
			return List.of();
		}
		Map<String, Double> sizes = new HashMap<>();
		for (String dmu : table.data().dmus()) {
			sizes.put(dmu, table.value(dmu, "population"));
		}
		List<NetworkEdge> network = this.networks.network(Level.PREFECTURE, LocalDate.of(table.year(), 1, 1),
				LocalDate.of(table.year(), 12, 31));
		return LearningPartners.of(table.result(), regionCode, sizes, PARTNER_BAND, network);
	}

	/** Every stored target with its progress. */
	List<TargetProgress> targets() {
		Map<String, List<Observation>> byRegion = new HashMap<>();
		for (Observation o : current().observations()) {
			byRegion.computeIfAbsent(o.regionCode(), (k) -> new ArrayList<>()).add(o);
		}
		List<TargetProgress> progress = new ArrayList<>();
		for (Target t : this.indicators.targets(null)) {
			progress.add(TargetProgress.of(t, byRegion.getOrDefault(t.regionCode(), List.of())));
		}
		return progress;
	}

	/**
	 * The latest annual value of {@code indicator} of each region up to {@code year}.
	 */
	Map<String, YearValue> latest(String indicator, int year) {
		return current().values().latest(indicator, year);
	}

	/** A value and the year it is of. */
	record YearValue(int year, double value) {

	}

	private Snapshot current() {
		List<Observation> stored = this.indicators.observations(null, null);
		Snapshot now = this.snapshot;
		if (!now.observations().equals(stored)) {
			now = new Snapshot(stored);
			this.snapshot = now;
		}
		return now;
	}

	private static IndexTable computeIndex(ValuesByYear values, int year, List<Integer> years) {
		List<String> regions = new ArrayList<>();
		List<Map<String, Double>> rows = new ArrayList<>();
		for (String region : values.regions()) {
			Map<String, Double> row = indexValues(values, region, year);
			if (row.get("gdp_per_capita") != null) {
				regions.add(region);
				rows.add(row);
			}
		}
		double[][] matrix = new double[rows.size()][INDEX_INDICATORS.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < INDEX_INDICATORS.size(); c++) {
				Double v = rows.get(r).get(INDEX_INDICATORS.get(c));
				matrix[r][c] = (v != null) ? v : Double.NaN;
			}
		}
		List<String> periods = regions.stream().map((r) -> String.valueOf(year)).toList();
		CompositeIndex.Result result = CompositeIndex.compute(new CompositeIndex.Data(regions, periods,
				INDEX_INDICATORS, matrix, new boolean[INDEX_INDICATORS.size()]), null, DRAWS, SEED);
		List<IndexRow> table = new ArrayList<>();
		for (int r = 0; r < regions.size(); r++) {
			int present = (int) rows.get(r).values().stream().filter((v) -> v != null).count();
			table.add(new IndexRow(result.scores().get(r), rows.get(r), present));
		}
		table.sort(Comparator.comparing((IndexRow row) -> row.score().rank()));
		return new IndexTable(year, years, List.copyOf(table), result.indicators());
	}

	/**
	 * GDP per capita, GDP growth and R&amp;D intensity of a region in a year; null where
	 * not known.
	 */
	static Map<String, Double> indexValues(ValuesByYear values, String region, int year) {
		Map<String, Double> row = new LinkedHashMap<>();
		Double gdp = values.get(region, "gdp", year);
		Double population = values.nearest(region, "population", year);
		row.put("gdp_per_capita", (gdp != null && population != null && population > 0) ? gdp / population : null);
		row.put("gdp_growth", values.get(region, "gdp_growth", year));
		Double intensity = values.get(region, "rd_intensity", year);
		Double rd = values.get(region, "rd_expenditure", year);
		if (intensity == null && rd != null && gdp != null && gdp > 0) {
			intensity = rd / gdp * 100;
		}
		row.put("rd_intensity", intensity);
		return row;
	}

	private static EfficiencyTable computeEfficiency(ValuesByYear values, int year, String model, List<Integer> years) {
		List<String> dmus = deaRegions(values, year);
		double[][] inputs = new double[dmus.size()][];
		double[][] outputs = new double[dmus.size()][];
		for (int j = 0; j < dmus.size(); j++) {
			String region = dmus.get(j);
			inputs[j] = new double[] { values.get(region, "rd_expenditure", year),
					values.nearest(region, "population", year) };
			outputs[j] = new double[] { values.get(region, "gdp", year) };
		}
		DeaData data = new DeaData(dmus, DEA_INPUTS, DEA_OUTPUTS, inputs, outputs);
		DeaSpec spec = "bcc".equals(model)
				? new DeaSpec(DeaSpec.Model.BCC, DeaSpec.ReturnsToScale.VRS, DeaSpec.Orientation.INPUT, false)
				: new DeaSpec(DeaSpec.Model.CCR, DeaSpec.ReturnsToScale.CRS, DeaSpec.Orientation.INPUT, false);
		return new EfficiencyTable(year, model, years, data, DataEnvelopment.evaluate(data, spec));
	}

	/**
	 * The regions with R&amp;D expenditure, population and GDP in a year, all positive.
	 */
	static List<String> deaRegions(ValuesByYear values, int year) {
		List<String> dmus = new ArrayList<>();
		for (String region : values.regions()) {
			Double rd = values.get(region, "rd_expenditure", year);
			Double population = values.nearest(region, "population", year);
			Double gdp = values.get(region, "gdp", year);
			if (rd != null && rd > 0 && population != null && population > 0 && gdp != null && gdp > 0) {
				dmus.add(region);
			}
		}
		return dmus;
	}

	static List<Integer> indexYears(ValuesByYear values) {
		return values.years().stream().filter((y) -> countIndexRegions(values, y) >= MIN_INDEX_REGIONS).toList();
	}

	static List<Integer> deaYears(ValuesByYear values) {
		return values.years().stream().filter((y) -> deaRegions(values, y).size() >= MIN_DMUS).toList();
	}

	private static long countIndexRegions(ValuesByYear values, int year) {
		return values.regions()
			.stream()
			.filter((r) -> indexValues(values, r, year).get("gdp_per_capita") != null)
			.count();
	}

	/** The year with most regions (index) or DMUs (efficiency), the latest on a tie. */
	static int busiest(ValuesByYear values, List<Integer> years, boolean index) {
		int best = years.get(years.size() - 1);
		long most = -1;
		for (int y : years) {
			long n = index ? countIndexRegions(values, y) : deaRegions(values, y).size();
			if (n >= most) {
				most = n;
				best = y;
			}
		}
		return best;
	}

	/**
	 * The annual observations as values by region, indicator and year, one per year
	 * (first by origin: reference, import, api, extracted).
	 */
	static final class ValuesByYear {

		private final Map<String, Map<String, TreeMap<Integer, Double>>> values = new TreeMap<>();

		private final TreeSet<Integer> years = new TreeSet<>();

		ValuesByYear(List<Observation> observations) {
			List<Observation> annual = new ArrayList<>(observations.stream().filter(Observation::annual).toList());
			annual.sort(Comparator.comparingInt((Observation o) -> originRank(o.origin())));
			for (Observation o : annual) {
				this.values.computeIfAbsent(o.regionCode(), (k) -> new HashMap<>())
					.computeIfAbsent(o.indicator(), (k) -> new TreeMap<>())
					.putIfAbsent(o.year(), o.value());
				this.years.add(o.year());
			}
		}

		private static int originRank(String origin) {
			int rank = ORIGINS.indexOf(origin);
			return (rank >= 0) ? rank : ORIGINS.size();
		}

		List<String> regions() {
			return List.copyOf(this.values.keySet());
		}

		List<Integer> years() {
			return List.copyOf(this.years);
		}

		/** The sorted names of the indicators stored. */
		List<String> indicators() {
			TreeSet<String> names = new TreeSet<>();
			this.values.values().forEach((m) -> names.addAll(m.keySet()));
			return List.copyOf(names);
		}

		Double get(String region, String indicator, int year) {
			TreeMap<Integer, Double> series = series(region, indicator);
			return (series != null) ? series.get(year) : null;
		}

		/**
		 * The value of the year, else the nearest earlier year, else the nearest later.
		 */
		Double nearest(String region, String indicator, int year) {
			TreeMap<Integer, Double> series = series(region, indicator);
			if (series == null) {
				return null;
			}
			Map.Entry<Integer, Double> entry = series.floorEntry(year);
			if (entry == null) {
				entry = series.ceilingEntry(year);
			}
			return (entry != null) ? entry.getValue() : null;
		}

		Map<String, YearValue> latest(String indicator, int year) {
			Map<String, YearValue> latest = new TreeMap<>();
			this.values.forEach((region, byIndicator) -> {
				TreeMap<Integer, Double> series = byIndicator.get(indicator);
				Map.Entry<Integer, Double> entry = (series != null) ? series.floorEntry(year) : null;
				if (entry != null) {
					latest.put(region, new YearValue(entry.getKey(), entry.getValue()));
				}
			});
			return latest;
		}

		private TreeMap<Integer, Double> series(String region, String indicator) {
			Map<String, TreeMap<Integer, Double>> byIndicator = this.values.get(region);
			return (byIndicator != null) ? byIndicator.get(indicator) : null;
		}

	}

	/** The observations read last, their values and what was computed from them. */
	private record Snapshot(List<Observation> observations, ValuesByYear values, Map<String, Object> memo) {

		Snapshot(List<Observation> observations) {
			this(List.copyOf(observations), new ValuesByYear(observations), new ConcurrentHashMap<>());
		}

	}

	/** The names of the indicators stored. */
	List<String> indicatorNames() {
		return current().values().indicators();
	}

	/** The unit of an indicator as stored (the first observation's), or null. */
	String unitOf(String indicator) {
		return current().observations()
			.stream()
			.filter((o) -> o.indicator().equals(indicator))
			.map(Observation::unit)
			.findFirst()
			.orElse(null);
	}

	/** The years with an annual observation. */
	List<Integer> years() {
		return current().values().years();
	}

}
