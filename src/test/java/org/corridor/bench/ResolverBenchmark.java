package org.corridor.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.Region;
import org.corridor.geo.RegionName;
import org.corridor.geo.RegionResolver;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding and resolving the places in the five corpus articles (26 KB of German, English
 * and Chinese): the name automaton of {@link RegionResolver} against a baseline that
 * loops over every name of every division and searches the text for it, as a resolver
 * without an automaton would. Run with {@code bench/jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolverBenchmark {

	private List<String> documents;

	private RegionResolver resolver;

	private List<String> names;

	@Setup
	public void setUp() {
		this.documents = Corpus.NAMES.stream().map((n) -> new String(Corpus.read(n), StandardCharsets.UTF_8)).toList();
		Gazetteer gazetteer = Gazetteer.bundled();
		this.resolver = new RegionResolver(gazetteer);
		this.names = new ArrayList<>();
		for (Region region : gazetteer.regions()) {
			for (RegionName name : gazetteer.names(region.code())) {
				this.names.add(name.name().toLowerCase(Locale.ROOT));
			}
		}
	}

	/** The automaton: one pass over each document, then ranking with context. */
	@Benchmark
	public void automaton(Blackhole blackhole) {
		for (String document : this.documents) {
			blackhole.consume(this.resolver.resolve(document));
		}
	}

	/**
	 * Baseline: every name searched for in every document ({@code indexOf}), no ranking.
	 */
	@Benchmark
	public void loopOverNames(Blackhole blackhole) {
		for (String document : this.documents) {
			String lower = document.toLowerCase(Locale.ROOT);
			int found = 0;
			for (String name : this.names) {
				if (lower.indexOf(name) >= 0) {
					found++;
				}
			}
			blackhole.consume(found);
		}
	}

}
