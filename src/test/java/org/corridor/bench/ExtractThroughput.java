package org.corridor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corridor.geo.Gazetteer;
import org.corridor.ingest.Extractor;

/**
 * Extraction throughput on the corpus replicated to 10,000 documents, one thread: per
 * second of wall-clock time and per CPU second of the extracting thread (the steadier
 * figure on a machine shared with other work), with the peak heap used:
 * {@code java -cp ... org.corridor.bench.ExtractThroughput [DOCUMENTS]} (see
 * {@code bench/extract}).
 */
public final class ExtractThroughput {

	private ExtractThroughput() {
	}

	public static void main(String[] args) {
		int total = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		List<byte[]> corpus = new ArrayList<>();
		long bytes = 0;
		for (String name : Corpus.NAMES) {
			corpus.add(Corpus.read(name));
		}
		Extractor extractor = new Extractor(Gazetteer.bundled());
		for (int i = 0; i < 1000; i++) {
			extractor.extract(corpus.get(i % 5), "warm.txt", null);
		}
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			byte[] document = corpus.get(i % 5);
			bytes += document.length;
			extractor.extract(document, "doc" + i + ".txt", null);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf(Locale.ROOT,
				"%d documents (%.1f MB) in %.2f s: %.0f documents/s, %.2f MB/s, peak heap %.0f MB;"
						+ " %.0f documents and %.2f MB per CPU second of the extracting thread%n",
				total, bytes / 1e6, seconds, total / seconds, bytes / 1e6 / seconds, peakHeap / 1e6, total / cpuSeconds,
				bytes / 1e6 / cpuSeconds);
	}

}
