package org.corridor.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.corridor.analytics.CompositeIndex;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaResult;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.DeaSpec.Orientation;
import org.corridor.analytics.DeaSpec.ReturnsToScale;
import org.corridor.analytics.NetworkEdge;

/**
 * CSV tables turned into the analytics' inputs, the same for the command line and the
 * HTTP API; every problem is one line naming the source, line and column.
 */
public final class AnalysisTables {

	private AnalysisTables() {
	}

	/**
	 * The DEA model from its option values; {@code rts} may be null (ccr and sbm: crs;
	 * bcc: vrs).
	 */
	public static DeaSpec spec(String model, String rts, String orientation, boolean superEfficiency) {
		Model m = parse(Model.class, model, "model", "ccr, bcc or sbm");
		ReturnsToScale r = (rts != null) ? parse(ReturnsToScale.class, rts, "rts", "crs or vrs")
				: (m == Model.BCC) ? ReturnsToScale.VRS : ReturnsToScale.CRS;
		Orientation o = parse(Orientation.class, orientation, "orientation", "input, output or none");
		return new DeaSpec(m, r, o, superEfficiency);
	}

	/**
	 * A DEA result as the command line and the API print it: the model, the inputs and
	 * outputs, the warnings, and one entry per DMU.
	 */
	public static Map<String, Object> deaReport(DeaResult result, DeaData data) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("model", result.spec().model().id());
		json.put("rts", result.spec().returnsToScale().id());
		json.put("orientation", result.spec().orientation().id());
		json.put("super", result.spec().superEfficiency());
		json.put("inputs", data.inputNames());
		json.put("outputs", data.outputNames());
		json.put("warnings", result.warnings());
		json.put("dmus", result.dmus());
		return json;
	}

	/**
	 * The DMUs of some rows of a table; names from {@code dmuColumn}, else from a column
	 * named {@code dmu}, else the line numbers.
	 */
	public static DeaData dea(CsvTable table, List<String> inputs, List<String> outputs, String dmuColumn,
			List<Integer> rows) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException(table.source() + ": no rows of data");
		}
		int[] inputColumns = inputs.stream().mapToInt((c) -> table.column(c, "inputs")).toArray();
		int[] outputColumns = outputs.stream().mapToInt((c) -> table.column(c, "outputs")).toArray();
		Integer nameColumn = (dmuColumn != null) ? Integer.valueOf(table.column(dmuColumn, "dmu"))
				: table.hasColumn("dmu") ? Integer.valueOf(table.column("dmu", "dmu")) : null;
		List<String> names = new ArrayList<>();
		double[][] x = new double[rows.size()][];
		double[][] y = new double[rows.size()][];
		for (int k = 0; k < rows.size(); k++) {
			int row = rows.get(k);
			String name = (nameColumn != null) ? table.text(row, nameColumn) : Integer.toString(row + 1);
			if (names.contains(name)) {
				throw new IllegalArgumentException(table.where(row, (nameColumn != null) ? nameColumn : 0) + ": DMU \""
						+ name + "\" appears twice");
			}
			names.add(name);
			x[k] = values(table, row, inputColumns);
			y[k] = values(table, row, outputColumns);
		}
		return new DeaData(names, inputs, outputs, x, y);
	}

	/** All rows of a table. */
	public static List<Integer> allRows(CsvTable table) {
		List<Integer> rows = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A panel: one DEA data set per period (periods in text order), DMUs named by a
	 * column.
	 */
	public static Map<String, DeaData> panel(CsvTable table, String periodColumn, List<String> inputs,
			List<String> outputs, String dmuColumn) {
		int period = table.column(periodColumn, "period");
		if (dmuColumn == null && !table.hasColumn("dmu")) {
			throw new IllegalArgumentException(
					"the Malmquist index follows each DMU across periods: name the column with the DMU names (dmu)");
		}
		Map<String, List<Integer>> rowsByPeriod = new TreeMap<>();
		for (int row = 0; row < table.rowCount(); row++) {
			String value = table.text(row, period);
			if (value.isEmpty()) {
				throw new IllegalArgumentException(table.where(row, period) + ": the period is empty");
			}
			rowsByPeriod.computeIfAbsent(value, (k) -> new ArrayList<>()).add(row);
		}
		if (rowsByPeriod.size() < 2) {
			throw new IllegalArgumentException(table.source() + ": column '" + periodColumn + "' has "
					+ rowsByPeriod.size() + " period; the index needs two or more");
		}
		Map<String, DeaData> periods = new LinkedHashMap<>();
		rowsByPeriod.forEach((p, rows) -> periods.put(p, dea(table, inputs, outputs, dmuColumn, rows)));
		return periods;
	}

	/**
	 * The edges of an edge list with columns {@code source}, {@code target} and
	 * optionally a weight column.
	 */
	public static List<NetworkEdge> edges(CsvTable table, String weightColumn) {
		int source = table.column("source", "the edge list");
		int target = table.column("target", "the edge list");
		Integer weight = (weightColumn != null) ? Integer.valueOf(table.column(weightColumn, "weight")) : null;
		if (table.rowCount() == 0) {
			throw new IllegalArgumentException(table.source() + ": the edge list has no edges");
		}
		List<NetworkEdge> edges = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			String a = table.text(row, source);
			String b = table.text(row, target);
			if (a.isEmpty() || b.isEmpty()) {
				throw new IllegalArgumentException(
						table.where(row, a.isEmpty() ? source : target) + ": empty node name");
			}
			double w = 1;
			if (weight != null) {
				w = table.number(row, weight);
				if (!(w > 0)) {
					throw new IllegalArgumentException(
							table.where(row, weight) + ": weight " + table.text(row, weight) + " must be positive");
				}
			}
			edges.add(new NetworkEdge(a, b, w));
		}
		return edges;
	}

	/**
	 * Composite-index rows: columns {@code region} and {@code period}, every other column
	 * an indicator; empty cells are missing values.
	 */
	public static CompositeIndex.Data index(CsvTable table, List<String> lowerIsBetter) {
		int region = table.column("region", "the index table");
		int period = table.column("period", "the index table");
		List<Integer> columns = new ArrayList<>();
		for (int c = 0; c < table.header().size(); c++) {
			if (c != region && c != period) {
				columns.add(c);
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalArgumentException(table.source() + ": no indicator columns besides region and period");
		}
		if (table.rowCount() == 0) {
			throw new IllegalArgumentException(table.source() + ": no rows of data");
		}
		List<String> indicators = columns.stream().map((c) -> table.header().get(c)).toList();
		List<String> lower = (lowerIsBetter != null) ? lowerIsBetter : List.of();
		for (String name : lower) {
			table.column(name, "lower_is_better");
		}
		boolean[] flags = new boolean[indicators.size()];
		for (int k = 0; k < flags.length; k++) {
			flags[k] = lower.contains(indicators.get(k));
		}
		List<String> regions = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		double[][] values = new double[table.rowCount()][indicators.size()];
		for (int row = 0; row < table.rowCount(); row++) {
			regions.add(table.text(row, region));
			periods.add(table.text(row, period));
			for (int k = 0; k < columns.size(); k++) {
				values[row][k] = table.text(row, columns.get(k)).isEmpty() ? Double.NaN
						: table.number(row, columns.get(k));
			}
		}
		return new CompositeIndex.Data(regions, periods, indicators, values, flags);
	}

	private static double[] values(CsvTable table, int row, int[] columns) {
		double[] values = new double[columns.length];
		for (int c = 0; c < columns.length; c++) {
			values[c] = table.number(row, columns[c]);
			if (values[c] < 0) {
				throw new IllegalArgumentException(table.where(row, columns[c]) + ": " + table.text(row, columns[c])
						+ " is negative; DEA needs inputs and outputs of 0 or more");
			}
		}
		return values;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String allowed) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException(option + " must be " + allowed + ", not \"" + value + "\"");
		}
	}

}
