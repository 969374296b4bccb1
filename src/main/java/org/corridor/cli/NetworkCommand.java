package org.corridor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.analytics.NetworkEdge;
import org.corridor.analytics.NetworkMeasures;
import org.corridor.support.AnalysisTables;
import org.corridor.support.CsvTable;
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
		List<NetworkEdge> list = AnalysisTables.edges(table, this.weight);
		try {
			this.spec.commandLine()
				.getOut()
				.println(Json.write(NetworkMeasures.measure(list, this.directed, this.weight != null)));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					this.edges + ": " + ex.getMessage().replaceFirst("^edge (\\d+)", "edge on data row $1"), ex);
		}
		return 0;
	}

}
