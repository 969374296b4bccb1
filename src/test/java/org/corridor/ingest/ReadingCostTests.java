package org.corridor.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.corridor.geo.Gazetteer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What one document may cost: time linear in its length whatever the text, a time budget
 * per document, and reading given up when the reading thread is interrupted. Pathological
 * texts (no sentence ends, one 100,000-character line, 10,000 numbers in a row, deeply
 * nested HTML, mixed scripts) are read in bounded time without invented facts.
 */
@Tag("slow")
class ReadingCostTests {

	private static final Extractor extractor = new Extractor(Gazetteer.bundled(), 4_000_000);

	/**
	 * Words that make every stage work: places, units, cue words of targets, events and
	 * organisations in three languages, numbers; mixed into random letters.
	 */
	private static final List<String> LOADED = List.of("Ningbo", "Shanghai", "target", "GDP", "billion", "yuan", "by",
			"2025", "12", "3.5", "%", "percent", "Hangzhou", "Agreement", "signed", "University", "Group", "Co.", "宁波",
			"上海市", "亿元", "目标", "到2027年", "签约", "项目", "个", "Milliarden", "Yuan", "Ziel", "bis", "Chengdu", "the", "of",
			"and", "in", "projects", "investment", "Kommission", "für", "Entwicklung", "杭州", "合作", "协议", "2024年", "增长",
			"5.2%", "万亿元");

	/**
	 * Random words without a sentence end, {@code loaded} of them in ten from
	 * {@link #LOADED}.
	 */
	static String randomWords(int length, long seed, int loaded) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(length + 16);
		while (text.length() < length) {
			if (random.nextInt(10) < loaded) {
				text.append(LOADED.get(random.nextInt(LOADED.size())));
			}
			else {
				int letters = 2 + random.nextInt(8);
				for (int k = 0; k < letters; k++) {
					text.append((char) ('a' + random.nextInt(26)));
				}
			}
			text.append(' ');
		}
		text.setLength(length);
		return text.toString();
	}

	/**
	 * Milliseconds of this thread's CPU time to read a text: the work of the reading
	 * itself, without the pauses of a collector or other processes on a shared machine
	 * (the best of several runs is compared, as JIT compilation still varies).
	 */
	private static long millis(String text) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		extractor.extract(text.getBytes(StandardCharsets.UTF_8), "cost.txt", null);
		return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
	}

	private static long wallMillis(String text) {
		long start = System.nanoTime();
		extractor.extract(text.getBytes(StandardCharsets.UTF_8), "cost.txt", null);
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void readsAMillionCharactersOfRandomWordsInUnderTenSecondsAndTenTimesTheTextInAtMostTwelveTimesTheTime() {
		String small = randomWords(100_000, 1, 2);
		String large = randomWords(1_000_000, 2, 2);
		assertThat(wallMillis(large)).as("ms for 1,000,000 characters, the first time").isLessThan(10_000);
		long largeTime = Long.MAX_VALUE;
		long smallBest = Long.MAX_VALUE;
		for (int k = 0; k < 6; k++) {
			smallBest = Math.min(smallBest, millis(small));
		}
		for (int k = 0; k < 3; k++) {
			largeTime = Math.min(largeTime, millis(large));
		}
		assertThat(largeTime).as("ms for ten times the text (%d ms for 100,000 characters)", smallBest)
			.isLessThanOrEqualTo(12 * Math.max(smallBest, 20));
	}

	@Test
	void givesUpADocumentThatExceedsItsTimeBudgetOrWhoseCallerHasGone() {
		byte[] large = randomWords(1_000_000, 3, 2).getBytes(StandardCharsets.UTF_8);
		Extractor hurried = new Extractor(Gazetteer.bundled(), 4_000_000, Duration.ofMillis(1));
		assertThatExceptionOfType(Extractor.Abandoned.class).isThrownBy(() -> hurried.extract(large, "large.txt", null))
			.withMessageContaining("time budget of 0 s");
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(Extractor.Abandoned.class)
				.isThrownBy(() -> extractor.extract(
						"Ningbo and Shanghai signed 3 agreements.".getBytes(StandardCharsets.UTF_8), "gone.txt", null))
				.withMessageContaining("caller has gone");
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void readsPathologicalTextsQuicklyAndInventsNothing() {
		Random random = new Random(4);
		StringBuilder numbers = new StringBuilder();
		for (int k = 0; k < 10_000; k++) {
			numbers.append(random.nextInt(100_000)).append(' ');
		}
		StringBuilder line = new StringBuilder();
		for (int k = 0; k < 100_000; k++) {
			line.append("abcdefghij ,".charAt(random.nextInt(12)));
		}
		String nested = "<div>".repeat(20_000) + "<p>zzz</p>" + "</div>".repeat(20_000);
		StringBuilder scripts = new StringBuilder();
		String[] pieces = { "ﾃｽﾄ", "тест", "١٢٣", "😀", "ab", " ", "ñ", "ß", "\u200b" };
		for (int k = 0; k < 100_000; k++) {
			scripts.append(pieces[random.nextInt(pieces.length)]);
		}
		List<String> texts = List.of(numbers.toString(), line.toString(), randomWords(300_000, 5, 0),
				scripts.toString());
		for (String text : texts) {
			long start = System.nanoTime();
			Extraction extraction = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "odd.txt", null);
			assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
			assertThat(extraction.regions()).isEmpty();
			assertThat(extraction.organisations()).isEmpty();
			assertThat(extraction.events()).isEmpty();
			assertThat(extraction.targets()).isEmpty();
			assertThat(extraction.figures()).isEmpty();
		}
		long start = System.nanoTime();
		Extraction html = extractor.extract(nested.getBytes(StandardCharsets.UTF_8), "deep.html", null);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
		assertThat(html.figures()).isEmpty();
	}

}
