package org.corridor.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Region;
import org.corridor.ingest.Extraction.GroupingFact;
import org.corridor.ingest.Extraction.RegionFact;
import org.corridor.ingest.Extraction.Source;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.internal.Annotation;
import org.corridor.ingest.internal.CodePoints;
import org.corridor.ingest.internal.Decoder;
import org.corridor.ingest.internal.Pipeline;
import org.corridor.support.Languages;

/**
 * The extraction of a document: decode, then the chain of annotators of
 * {@link Pipeline#standard} over one {@link Annotation} (sentences → places →
 * organisations → focus → times → quantities → events → targets and figures), then the
 * {@code corridor.extraction/1} record. Pure: no store, no Spring; safe to share between
 * threads. Each document has a time budget and is given up when its thread is
 * interrupted.
 */
public final class Extractor {

	private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d-])(20\\d{2})-(0[1-9]|1[0-2])(?![\\d-])");

	private final Gazetteer gazetteer;

	private final Pipeline pipeline;

	/**
	 * The time one document may take to read unless a caller sets another: a real article
	 * takes about a millisecond and the largest document accepted (a megabyte of text
	 * without sentence ends) a few seconds.
	 */
	public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

	private final long maxBytes;

	private final Duration budget;

	public Extractor(Gazetteer gazetteer, long maxBytes, Duration budget) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
		this.pipeline = Pipeline.standard(gazetteer);
		this.maxBytes = maxBytes;
		this.budget = Objects.requireNonNull(budget, "budget");
	}

	public Extractor(Gazetteer gazetteer, long maxBytes) {
		this(gazetteer, maxBytes, DEFAULT_BUDGET);
	}

	public Extractor(Gazetteer gazetteer) {
		this(gazetteer, Decoder.DEFAULT_LIMIT);
	}

	/**
	 * Thrown when a document is not read within its time budget or the reading thread is
	 * interrupted (the caller has gone); nothing of the document is kept.
	 */
	public static final class Abandoned extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		Abandoned(String message) {
			super(message);
		}

	}

	/** The point in time after which the reading of one document is given up. */
	private record Deadline(long nanos, Duration budget) {

		static Deadline after(Duration budget) {
			return new Deadline(System.nanoTime() + budget.toNanos(), budget);
		}

		void check(int offset) {
			if (Thread.currentThread().isInterrupted()) {
				throw new Abandoned("reading was abandoned at character " + offset + " (the caller has gone)");
			}
			if (System.nanoTime() - this.nanos > 0) {
				throw new Abandoned("the document could not be read within the time budget of "
						+ this.budget.toSeconds() + " s (given up at character " + offset + ")");
			}
		}

	}

	/**
	 * Extracts the facts of a document.
	 * @param bytes the file's content
	 * @param fileName its name (the extension selects HTML handling)
	 * @param published the publication date, or null to take the first full date in the
	 * text
	 * @throws IllegalArgumentException naming why the document cannot be read
	 */
	public Extraction extract(byte[] bytes, String fileName, LocalDate published) {
		return read(bytes, fileName, published).extraction();
	}

	/**
	 * A document's decoded text and its extraction.
	 *
	 * @param text the text the offsets refer to
	 * @param extraction the facts
	 */
	public record Read(String text, Extraction extraction) {

	}

	/**
	 * Decodes and extracts a document, keeping the decoded text (for callers that store
	 * it). The reading is the chain of annotators of {@link Pipeline#standard}; each adds
	 * its layer to one {@link Annotation} of the document.
	 * @throws IllegalArgumentException naming why the document cannot be read
	 */
	public Read read(byte[] bytes, String fileName, LocalDate published) {
		Deadline deadline = Deadline.after(this.budget);
		String text = Decoder.decode(bytes, fileName, this.maxBytes);
		LocalDate date = (published != null) ? published : firstDate(text);
		Annotation document = this.pipeline.annotate(new Annotation(this.gazetteer, text, date, deadline::check));
		List<RegionFact> regionFacts = new ArrayList<>();
		document.regionMentions().forEach((code, spans) -> {
			Region region = this.gazetteer.region(code).orElseThrow();
			regionFacts.add(new RegionFact(code, region.nameEn(), region.nameZh(), region.level().number(), spans));
		});
		List<GroupingFact> groupingFacts = new ArrayList<>();
		document.groupingMentions().forEach((id, spans) -> {
			Grouping grouping = this.gazetteer.grouping(id).orElseThrow();
			groupingFacts.add(new GroupingFact(id, grouping.nameEn(), spans));
		});
		return new Read(text,
				new Extraction(Extraction.SCHEMA,
						new Source(fileName, sha256(bytes), document.language(),
								(date != null) ? date.toString() : null, title(text)),
						regionFacts, groupingFacts, document.organisationFacts(), document.events(), document.targets(),
						document.figures()));
	}

	/** A span of char offsets as code-point offsets: O(end - start). */
	static Span span(CodePoints offsets, int start, int end) {
		return new Span(offsets.codePoint(start), offsets.codePoint(end), offsets.text().substring(start, end));
	}

	/**
	 * The first valid full ISO date of a text, else the last day of its first ISO month
	 * ("2025-08"), else null.
	 */
	static LocalDate firstDate(String text) {
		LocalDate full = firstFullDate(text);
		if (full != null) {
			return full;
		}
		Matcher month = YEAR_MONTH.matcher(text);
		if (nextAtDash(month, text, 0)) {
			return java.time.YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))
				.atEndOfMonth();
		}
		return null;
	}

	private static LocalDate firstFullDate(String text) {
		Matcher m = ISO_DATE.matcher(text);
		int from = 0;
		while (nextAtDash(m, text, from)) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (java.time.DateTimeException ex) {
				from = m.end();
			}
		}
		return null;
	}

	/**
	 * As {@code matcher.find(from)} for {@link #ISO_DATE} and {@link #YEAR_MONTH}, whose
	 * matches all begin with four digits and a hyphen: the pattern is tried only four
	 * chars before each hyphen, so a long text costs one hyphen search rather than one
	 * pattern attempt per char.
	 */
	private static boolean nextAtDash(Matcher matcher, String text, int from) {
		matcher.useTransparentBounds(true);
		for (int dash = text.indexOf('-', from + 4); dash >= 0; dash = text.indexOf('-', dash + 1)) {
			if (matcher.region(dash - 4, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first line that reads like a title: 4+ words or 6+ Chinese characters, at most
	 * 200 characters.
	 */
	static String title(String text) {
		String[] lines = text.strip().split("\n");
		String firstBody = null;
		for (String line : lines) {
			String s = line.strip();
			if (s.isEmpty() || (words(s) < 4 && hanCount(s) < 6)) {
				continue;
			}
			if (s.length() <= 200) {
				return s;
			}
			firstBody = s;
			break;
		}
		for (String line : lines) {
			String s = line.strip();
			if (s.length() <= 60 && hanCount(s) >= 6) {
				return s;
			}
		}
		if (firstBody == null) {
			return null;
		}
		int end = firstBody.indexOf(". ");
		String sentence = (end > 0) ? firstBody.substring(0, end + 1) : firstBody;
		return (sentence.length() <= 200) ? sentence : sentence.substring(0, 199) + "…";
	}

	/**
	 * The number of words of a stripped line, as {@code line.split("\\s+").length}: one
	 * more than its runs of ASCII white space.
	 */
	private static int words(String line) {
		int words = 1;
		for (int i = 1; i < line.length(); i++) {
			if (asciiSpace(line.charAt(i)) && !asciiSpace(line.charAt(i - 1))) {
				words++;
			}
		}
		return words;
	}

	/** The white space of {@code \\s}. */
	private static boolean asciiSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** The number of Han code points in a line. */
	private static long hanCount(String s) {
		long han = 0;
		for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
			if (Languages.han(s.codePointAt(i))) {
				han++;
			}
		}
		return han;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** UTF-8 bytes of a text, for callers that have text rather than a file. */
	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
