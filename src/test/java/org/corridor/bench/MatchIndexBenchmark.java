package org.corridor.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.MatchIndex;
import org.corridor.exchange.internal.LuceneMatchIndex;

/**
 * Synthetic listings at scale: indexing throughput, then the latency of the matching
 * query (candidates with text scores, concepts and industries: what a match asks of the
 * index) against the plain BM25 query on the listing's own text, on the same index, for
 * the same needs. Listings come from {@link SyntheticListings}. Usage:
 * {@code bench/match N [QUERIES]}; the end-to-end counterpart is
 * {@link MatchEndToEndBenchmark}.
 */
public final class MatchIndexBenchmark {

	private MatchIndexBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 300;
		Path directory = Files.createTempDirectory("corridor-match-bench");
		SyntheticListings synthetic = new SyntheticListings(ConceptThesaurus.bundled(), 42, LocalDate.now());
		try (LuceneMatchIndex index = LuceneMatchIndex.on(directory)) {
			long started = System.nanoTime();
			int batch = 10_000;
			for (int from = 0; from < n; from += batch) {
				List<MatchIndex.Entry> entries = new ArrayList<>(batch);
				for (int i = from; i < Math.min(n, from + batch); i++) {
					entries.add(synthetic.next().entry(i + 1));
				}
				index.put(entries);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long[] full = new long[queries];
			long[] bm25 = new long[queries];
			for (int warm = 0; warm < 2; warm++) {
				for (int q = 0; q < queries; q++) {
					MatchIndex.Request request = synthetic.request();
					long t0 = System.nanoTime();
					index.candidates(request);
					long t1 = System.nanoTime();
					index.textOnly(request);
					long t2 = System.nanoTime();
					full[q] = t1 - t0;
					bm25[q] = t2 - t1;
				}
			}
			Arrays.sort(full);
			Arrays.sort(bm25);
			System.out.printf(Locale.ROOT,
					"listings %,d: indexing %.0f listings/s (%.1f s); heap after indexing %d MB; matching query p50 %.2f ms p99 %.2f ms; plain BM25 p50 %.2f ms p99 %.2f ms; ratio p50 %.2f%n",
					n, n / seconds, seconds, heap / (1024 * 1024), ms(full, 0.5), ms(full, 0.99), ms(bm25, 0.5),
					ms(bm25, 0.99), ms(full, 0.5) / ms(bm25, 0.5));
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static double ms(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
	}

}
