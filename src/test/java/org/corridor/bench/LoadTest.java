package org.corridor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a running Corridor on the loopback interface: for each endpoint, a
 * fixed number of GET requests from a fixed number of concurrent clients; prints
 * throughput and the median and 95th percentile latency, with a static file as the
 * baseline. Run with {@code bench/load}.
 * <p>
 * Usage: {@code LoadTest BASE_URL REQUESTS CONCURRENCY}; the base URL must be on
 * 127.0.0.1.
 */
public final class LoadTest {

	private static final List<String> PATHS = List.of("/corridor.css", "/api/v1/regions/320583",
			"/api/v1/regions?q=su&level=2", "/api/v1/groupings/g60-corridor?at=2019-01-01",
			"/api/v1/resolve?text=Suzhou%2C%20Bengbu%20und%20Huaibei%20in%20der%20Jangtse-Delta-Region");

	private LoadTest() {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
			throw new IllegalArgumentException("load is only sent to the loopback interface, not " + base);
		}
		int requests = Integer.parseInt(args[1]);
		int concurrency = Integer.parseInt(args[2]);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		System.out.printf(Locale.ROOT, "%-75s %8s %10s %9s %9s %7s%n", "endpoint", "requests", "req/s", "p50 ms",
				"p95 ms", "errors");
		for (String path : PATHS) {
			run(client, base.resolve(path), Math.max(1, requests / 10), concurrency);
			Result result = run(client, base.resolve(path), requests, concurrency);
			System.out.printf(Locale.ROOT, "%-75s %8d %10.0f %9.2f %9.2f %7d%n", path, requests, result.throughput(),
					result.percentile(50), result.percentile(95), result.errors());
		}
	}

	record Result(double[] millis, double throughput, int errors) {

		double percentile(int p) {
			double[] sorted = this.millis.clone();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}

	}

	private static Result run(HttpClient client, URI uri, int requests, int concurrency) throws Exception {
		double[] millis = new double[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						try {
							HttpResponse<byte[]> response = client.send(
									HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
									HttpResponse.BodyHandlers.ofByteArray());
							if (response.statusCode() != 200) {
								errors.incrementAndGet();
							}
						}
						catch (Exception ex) {
							errors.incrementAndGet();
						}
						millis[i] = (System.nanoTime() - t0) / 1e6;
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(millis, requests / seconds, errors.get());
	}

}
