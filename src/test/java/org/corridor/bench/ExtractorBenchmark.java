package org.corridor.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corridor.geo.Gazetteer;
import org.corridor.ingest.Extractor;
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
 * Extraction throughput, in-process, one thread: the five corpus articles one after the
 * other (one operation = 5 documents, 26 KB), and the linearity check — one 52 KB
 * document made of the corpus twice against the 5.3 KB average article. Run with
 * {@code bench/jmh ExtractorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

	private Extractor extractor;

	private List<byte[]> documents;

	private byte[] average;

	private byte[] tenfold;

	@Setup
	public void setUp() {
		this.extractor = new Extractor(Gazetteer.bundled());
		this.documents = Corpus.NAMES.stream().map(Corpus::read).toList();
		this.average = this.documents.get(1);
		StringBuilder all = new StringBuilder();
		for (int round = 0; round < 2; round++) {
			for (byte[] document : this.documents) {
				all.append(new String(document, StandardCharsets.UTF_8)).append("\n\n");
			}
		}
		this.tenfold = all.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The five articles: one operation = 5 documents. */
	@Benchmark
	public void fiveArticles(Blackhole blackhole) {
		for (int k = 0; k < this.documents.size(); k++) {
			blackhole.consume(this.extractor.extract(this.documents.get(k), Corpus.NAMES.get(k), null));
		}
	}

	/** The 5.8 KB Putuo article alone. */
	@Benchmark
	public Object oneArticle() {
		return this.extractor.extract(this.average, "average.txt", null);
	}

	/** The corpus twice in one document, about ten times the average article. */
	@Benchmark
	public Object tenfoldArticle() {
		return this.extractor.extract(this.tenfold, "tenfold.txt", null);
	}

}
