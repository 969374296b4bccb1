package org.corridor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corridor.analytics.DataEnvelopment;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.DeaSpec.Orientation;
import org.corridor.analytics.DeaSpec.ReturnsToScale;
import org.corridor.analytics.NetworkEdge;
import org.corridor.analytics.NetworkMeasures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analytics kernels on the files of {@code bench/data} (made by
 * {@code bench/make_data.py}): CCR input-oriented DEA of 1,000 DMUs × 3 inputs × 3
 * outputs, and all network measures and betweenness alone on a 3,000-node Barabási–Albert
 * graph. Run with {@code bench/jmh AnalyticsBenchmark}; the peers (scipy, igraph,
 * networkx) with {@code bench/peers}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class AnalyticsBenchmark {

	private DeaData dea;

	private List<NetworkEdge> edges;

	private org.corridor.analytics.CompositeIndex.Data index;

	@Setup
	public void setUp() throws IOException {
		List<String> rows = Files.readAllLines(Path.of("bench/data/dea-1000x3x3.csv"));
		List<String> names = new ArrayList<>();
		double[][] x = new double[rows.size() - 1][];
		double[][] y = new double[rows.size() - 1][];
		for (int k = 1; k < rows.size(); k++) {
			String[] cells = rows.get(k).split(",");
			names.add(cells[0]);
			x[k - 1] = new double[] { Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
					Double.parseDouble(cells[3]) };
			y[k - 1] = new double[] { Double.parseDouble(cells[4]), Double.parseDouble(cells[5]),
					Double.parseDouble(cells[6]) };
		}
		this.dea = new DeaData(names, List.of("x1", "x2", "x3"), List.of("y1", "y2", "y3"), x, y);
		this.edges = Files.readAllLines(Path.of("bench/data/ba-3000.csv"))
			.stream()
			.skip(1)
			.map((line) -> line.split(","))
			.map((cells) -> new NetworkEdge(cells[0], cells[1], 1))
			.toList();
		java.util.SplittableRandom random = new java.util.SplittableRandom(42);
		int regions = 3000;
		int indicators = 20;
		double[][] values = new double[regions][indicators];
		List<String> regionNames = new ArrayList<>();
		List<String> indicatorNames = new ArrayList<>();
		for (int c = 0; c < indicators; c++) {
			indicatorNames.add("i" + c);
		}
		for (int r = 0; r < regions; r++) {
			regionNames.add("r" + r);
			for (int c = 0; c < indicators; c++) {
				values[r][c] = (c % 4 == 0) ? Math.exp(random.nextGaussian()) : random.nextDouble(100);
			}
		}
		this.index = new org.corridor.analytics.CompositeIndex.Data(regionNames,
				java.util.Collections.nCopies(regions, "2024"), indicatorNames, values, new boolean[indicators]);
	}

	@Benchmark
	public Object compositeIndex3000x20With1000Draws() {
		return org.corridor.analytics.CompositeIndex.compute(this.index, null, 1000, 42);
	}

	@Benchmark
	public Object deaCcrInput1000() {
		return DataEnvelopment.evaluate(this.dea, new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, false));
	}

	@Benchmark
	public Object networkAllMeasures3000() {
		return NetworkMeasures.measure(this.edges, false, false);
	}

	@Benchmark
	public Object betweenness3000() {
		return NetworkMeasures.betweennessOf(this.edges, false, false);
	}

}
