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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of each page of the web UI on a running Corridor (loopback only): one
 * client, requests one after another, so each figure is the time the server needs for the
 * page (plus the loopback round trip, which the static stylesheet, the baseline, shows).
 * Prints median and 95th percentile per page and the ratio of medians to the baseline's.
 * Run with {@code bench/pages}.
 * <p>
 * Usage: {@code PageTimings BASE_URL REQUESTS}.
 */
public final class PageTimings {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private PageTimings() {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
			throw new IllegalArgumentException("timings are only taken on the loopback interface, not " + base);
		}
		int requests = Integer.parseInt(args[1]);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String document = firstId(client, base.resolve("/api/v1/documents"));
		String listing = firstId(client, base.resolve("/api/v1/exchange/listings?size=1"));
		List<String> paths = List.of("/corridor.css", "/", "/search?q=Ningbo", "/regions", "/regions/330200",
				"/groupings/g60-corridor", "/map", "/network", "/documents", "/documents/" + document, "/exchange",
				"/exchange/listings/" + listing, "/observatory");
		System.out.printf(Locale.ROOT, "%-36s %8s %9s %9s %9s%n", "page", "requests", "p50 ms", "p95 ms", "p50/base");
		double baseline = 0;
		for (String path : paths) {
			double[] millis = time(client, base.resolve(path), requests);
			double median = percentile(millis, 50);
			if (baseline == 0) {
				baseline = median;
			}
			System.out.printf(Locale.ROOT, "%-36s %8d %9.2f %9.2f %9.1f%n", path, requests, median,
					percentile(millis, 95), median / baseline);
		}
	}

	/**
	 * The first id the list answers, waiting up to a minute for the demo data to load.
	 */
	static String firstId(HttpClient client, URI uri) throws Exception {
		for (int attempt = 0; attempt < 120; attempt++) {
			String body = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher matcher = ID.matcher(body);
			if (matcher.find()) {
				return matcher.group(1);
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("no id in " + uri + " after a minute");
	}

	private static double[] time(HttpClient client, URI uri, int requests) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri).header("Accept-Language", "en").build();
		for (int i = 0; i < Math.max(3, requests / 5); i++) {
			client.send(request, HttpResponse.BodyHandlers.discarding());
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
			millis.add((System.nanoTime() - start) / 1e6);
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
		}
		return millis.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

}
