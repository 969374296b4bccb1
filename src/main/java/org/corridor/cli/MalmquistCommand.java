package org.corridor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.MalmquistIndex;
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
		int periodColumn = table.column(this.period, "--period");
		if (this.options.dmu == null && !table.hasColumn("dmu")) {
			throw new IllegalArgumentException(
					"malmquist follows each DMU across periods: name the column with the DMU names in --dmu");
		}
		Map<String, List<Integer>> rowsByPeriod = new TreeMap<>();
		for (int row = 0; row < table.rowCount(); row++) {
			String value = table.text(row, periodColumn);
			if (value.isEmpty()) {
				throw new IllegalArgumentException(table.where(row, periodColumn) + ": the period is empty");
			}
			rowsByPeriod.computeIfAbsent(value, (k) -> new ArrayList<>()).add(row);
		}
		Map<String, DeaData> periods = new LinkedHashMap<>();
		rowsByPeriod.forEach((p, rows) -> periods.put(p, this.options.data(table, rows)));
		if (periods.size() < 2) {
			throw new IllegalArgumentException(this.file + ": column '" + this.period + "' has " + periods.size()
					+ " period; the index needs two or more");
		}
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
