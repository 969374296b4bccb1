package org.corridor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.analytics.DataEnvelopment;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaResult;
import org.corridor.analytics.DeaSpec;
import org.corridor.support.AnalysisTables;
import org.corridor.support.CsvTable;
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
		DeaData data = this.options.data(table, AnalysisTables.allRows(table));
		DeaResult result = DataEnvelopment.evaluate(data, deaSpec);
		result.warnings().forEach((w) -> this.spec.commandLine().getErr().println("corridor: warning: " + w));
		this.spec.commandLine().getOut().println(Json.write(AnalysisTables.deaReport(result, data)));
		return 0;
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
			return AnalysisTables.spec(this.model, this.rts, this.orientation, this.superEfficiency);
		}

		DeaData data(CsvTable table, List<Integer> rows) {
			return AnalysisTables.dea(table, this.inputs, this.outputs, this.dmu, rows);
		}

	}

}
