package org.corridor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.MalmquistIndex;
import org.corridor.support.AnalysisTables;
import org.corridor.support.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corridor malmquist}: productivity change of each DMU between adjacent periods.
 */
@Command(name = "malmquist", mixinStandardHelpOptions = true,
		description = {
				"Malmquist productivity index (CRS) between adjacent periods of a panel in a CSV file; prints JSON.",
				"One row per DMU and period; periods are ordered as text (2019 < 2020 < 2021)." })
final class MalmquistCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--period", required = true, description = "column with the period")
	String period;

	@Mixin
	DeaCommand.DeaOptions options;

	@Parameters(index = "0", paramLabel = "FILE.csv", description = "one row per DMU and period, a header row")
	Path file;

	@Override
	public Integer call() {
		CsvTable table = CsvTable.read(this.file);
		DeaSpec deaSpec = this.options.spec();
		if (deaSpec.model() != Model.CCR || deaSpec.superEfficiency()) {
			throw new IllegalArgumentException(
					"malmquist uses constant returns to scale: give --model ccr without --super");
		}
		Map<String, DeaData> periods = AnalysisTables.panel(table, this.period, this.options.inputs,
				this.options.outputs, this.options.dmu);
		periods.forEach((p, data) -> data.warnings()
			.forEach((w) -> this.spec.commandLine().getErr().println("corridor: warning: period " + p + ": " + w)));
		List<MalmquistIndex.Change> changes = MalmquistIndex.evaluate(periods, deaSpec.orientation());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("model", "ccr");
		json.put("rts", "crs");
		json.put("orientation", deaSpec.orientation().id());
		json.put("periods", new ArrayList<>(periods.keySet()));
		json.put("changes", changes);
		this.spec.commandLine().getOut().println(Json.write(json));
		return 0;
	}

}
