package org.corridor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corridor.analytics.DataEnvelopment;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaResult;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.DeaSpec.Orientation;
import org.corridor.analytics.DeaSpec.ReturnsToScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corridor dea}: efficiency of each DMU in a CSV file, as JSON.
 */
@Command(name = "dea", mixinStandardHelpOptions = true,
		description = { "Data envelopment analysis of the rows of a CSV file (one DMU per row); prints JSON.",
				"CCR and BCC (envelopment, input or output oriented, optional super-efficiency), SBM (non-oriented)." })
final class DeaCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	DeaOptions options;

	@Parameters(index = "0", paramLabel = "FILE.csv", description = "one row per DMU, a header row")
	Path file;

	@Override
	public Integer call() {
		CsvTable table = CsvTable.read(this.file);
		DeaSpec deaSpec = this.options.spec();
		DeaData data = this.options.data(table, allRows(table));
		DeaResult result = DataEnvelopment.evaluate(data, deaSpec);
		result.warnings().forEach((w) -> this.spec.commandLine().getErr().println("corridor: warning: " + w));
		this.spec.commandLine().getOut().println(Json.write(json(result, data)));
		return 0;
	}

	private static List<Integer> allRows(CsvTable table) {
		List<Integer> rows = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			rows.add(row);
		}
		return rows;
	}

	static Map<String, Object> json(DeaResult result, DeaData data) {
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
	 * The options {@code dea} and {@code malmquist} share.
	 */
	static final class DeaOptions {

		@picocli.CommandLine.Option(names = "--model", required = true, description = "ccr, bcc or sbm")
		String model;

		@picocli.CommandLine.Option(names = "--rts",
				description = "crs or vrs (default: crs for ccr and sbm, vrs for bcc)")
		String rts;

		@picocli.CommandLine.Option(names = "--orientation", required = true,
				description = "input, output, or none (sbm)")
		String orientation;

		@picocli.CommandLine.Option(names = "--super", description = "Andersen–Petersen super-efficiency (ccr, bcc)")
		boolean superEfficiency;

		@picocli.CommandLine.Option(names = "--inputs", required = true, split = ",", description = "input columns")
		List<String> inputs;

		@picocli.CommandLine.Option(names = "--outputs", required = true, split = ",", description = "output columns")
		List<String> outputs;

		@picocli.CommandLine.Option(names = "--dmu",
				description = "column with the DMU names (default: 'dmu' if present, else the row number)")
		String dmu;

		DeaSpec spec() {
			Model m = parse(Model.class, this.model, "--model", "ccr, bcc or sbm");
			ReturnsToScale r = (this.rts != null) ? parse(ReturnsToScale.class, this.rts, "--rts", "crs or vrs")
					: (m == Model.BCC) ? ReturnsToScale.VRS : ReturnsToScale.CRS;
			Orientation o = parse(Orientation.class, this.orientation, "--orientation", "input, output or none");
			return new DeaSpec(m, r, o, this.superEfficiency);
		}

		DeaData data(CsvTable table, List<Integer> rows) {
			if (rows.isEmpty()) {
				throw new IllegalArgumentException(table.file() + ": no rows of data");
			}
			int[] inputColumns = this.inputs.stream().mapToInt((c) -> table.column(c, "--inputs")).toArray();
			int[] outputColumns = this.outputs.stream().mapToInt((c) -> table.column(c, "--outputs")).toArray();
			Integer nameColumn = (this.dmu != null) ? Integer.valueOf(table.column(this.dmu, "--dmu"))
					: table.hasColumn("dmu") ? Integer.valueOf(table.column("dmu", "--dmu")) : null;
			List<String> names = new ArrayList<>();
			double[][] x = new double[rows.size()][];
			double[][] y = new double[rows.size()][];
			for (int k = 0; k < rows.size(); k++) {
				int row = rows.get(k);
				String name = (nameColumn != null) ? table.text(row, nameColumn) : Integer.toString(row + 1);
				if (names.contains(name)) {
					throw new IllegalArgumentException(table.where(row, (nameColumn != null) ? nameColumn : 0)
							+ ": DMU \"" + name + "\" appears twice");
				}
				names.add(name);
				x[k] = values(table, row, inputColumns);
				y[k] = values(table, row, outputColumns);
			}
			return new DeaData(names, this.inputs, this.outputs, x, y);
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
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(option + " must be " + allowed + ", not \"" + value + "\"");
			}
		}

	}

}
