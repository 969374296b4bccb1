package org.corridor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.analytics.NetworkEdge;
import org.corridor.analytics.NetworkMeasures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corridor network}: centrality and communities of each node of an edge list, as
 * JSON.
 */
@Command(name = "network", mixinStandardHelpOptions = true, description = {
		"Centrality and communities of the nodes of a network given as an edge list (CSV columns source,target[,weight]); prints JSON.",
		"Definitions and normalisation as networkx; with --weight the weights are lengths for betweenness and closeness." })
final class NetworkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--edges", required = true, paramLabel = "FILE.csv",
			description = "edge list with columns source,target[,weight]")
	Path edges;

	@Option(names = "--directed", description = "ties have a direction (source → target)")
	boolean directed;

	@Option(names = "--weight", paramLabel = "COLUMN", description = "column with edge weights (default: unweighted)")
	String weight;

	@Override
	public Integer call() {
		CsvTable table = CsvTable.read(this.edges);
		int source = table.column("source", "the edge list");
		int target = table.column("target", "the edge list");
		Integer weightColumn = (this.weight != null) ? Integer.valueOf(table.column(this.weight, "--weight")) : null;
		if (table.rowCount() == 0) {
			throw new IllegalArgumentException(this.edges + ": the edge list has no edges");
		}
		List<NetworkEdge> list = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			String a = table.text(row, source);
			String b = table.text(row, target);
			if (a.isEmpty() || b.isEmpty()) {
				throw new IllegalArgumentException(
						table.where(row, a.isEmpty() ? source : target) + ": empty node name");
			}
			double w = 1;
			if (weightColumn != null) {
				w = table.number(row, weightColumn);
				if (!(w > 0)) {
					throw new IllegalArgumentException(table.where(row, weightColumn) + ": weight "
							+ table.text(row, weightColumn) + " must be positive");
				}
			}
			list.add(new NetworkEdge(a, b, w));
		}
		try {
			this.spec.commandLine()
				.getOut()
				.println(Json.write(NetworkMeasures.measure(list, this.directed, weightColumn != null)));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					this.edges + ": " + ex.getMessage().replaceFirst("^edge (\\d+)", "edge on data row $1"), ex);
		}
		return 0;
	}

}
