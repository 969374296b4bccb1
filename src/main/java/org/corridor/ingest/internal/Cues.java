package org.corridor.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The language cues of the reading stages, kept as data: tab-separated rows under
 * {@code src/main/resources/ingest/cues/} ({@code #} starts a comment line). A new unit,
 * qualifier or counted word is a new row, not a new pattern.
 */
public final class Cues {

	private Cues() {
	}

	/** The rows of a cue file, each split at tabs. */
	public static List<String[]> rows(String file) {
		String path = "/ingest/cues/" + file;
		try (InputStream in = Cues.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing cue file " + path);
			}
			List<String[]> rows = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				rows.add(line.strip().split("\t"));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One pattern of alternatives, longest first, so that the longest form wins; forms
	 * written in Latin letters match in any case and only as whole words.
	 */
	public static Pattern alternatives(List<String> forms) {
		return alternatives(forms, true);
	}

	/**
	 * As {@link #alternatives(List)}; with {@code ignoreCase} false, Latin forms match
	 * only as written (names: "JAC" but not "jac"), still as whole words.
	 */
	public static Pattern alternatives(List<String> forms, boolean ignoreCase) {
		List<String> sorted = new ArrayList<>(forms);
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		StringBuilder regex = new StringBuilder("(?:");
		for (int k = 0; k < sorted.size(); k++) {
			String form = sorted.get(k);
			if (k > 0) {
				regex.append('|');
			}
			boolean latin = form.chars().anyMatch((c) -> c < 0x3000 && Character.isLetter(c));
			if (latin) {
				regex.append(ignoreCase ? "(?iu:" : "(?:").append(Pattern.quote(form)).append(")(?![\\p{L}])");
			}
			else {
				regex.append(Pattern.quote(form));
			}
		}
		return Pattern.compile(regex.append(')').toString());
	}

}
