package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins with a char of a known kind (a digit, a capital),
 * searched by trying the pattern only where such a char stands. {@link Matcher#find()}
 * makes an attempt at every position of a text; this makes one per candidate char, so a
 * sentence with three digits costs three attempts rather than two hundred. The matches
 * and their order are those of {@code find()}, provided the claim about the first char
 * holds (each use states why it does). Lookbehinds and {@code \b} still see the chars
 * before an attempt (transparent bounds).
 */
final class AnchoredPattern {

	private final Pattern pattern;

	private final IntPredicate first;

	private final IntPredicate notAfter;

	AnchoredPattern(String regex, IntPredicate first) {
		this.pattern = Pattern.compile(regex);
		this.first = first;
		this.notAfter = null;
	}

	/**
	 * A pattern tried where a char its matches can begin with stands
	 * ({@link FirstChars}).
	 */
	AnchoredPattern(String regex) {
		this(regex, 0);
	}

	/** As {@link #AnchoredPattern(String)}, with {@link Pattern} flags. */
	AnchoredPattern(String regex, int flags) {
		this.pattern = Pattern.compile(regex, flags);
		this.first = FirstChars.of(regex, flags);
		this.notAfter = FirstChars.notAfter(regex);
	}

	/** Whether the pattern occurs in the text at all. */
	boolean foundIn(String text) {
		return in(text).find();
	}

	/** The matches in a text, one after the other. */
	Finder in(String text) {
		Matcher matcher = this.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		return new Finder(matcher, text, this.first, this.notAfter);
	}

	/** Digits 0–9, the chars {@code \d} stands for. */
	static boolean digit(int c) {
		return c >= '0' && c <= '9';
	}

	/** The successive matches of an anchored pattern in one text. */
	static final class Finder {

		private final Matcher matcher;

		private final String text;

		private final IntPredicate first;

		private final IntPredicate notAfter;

		private int from;

		private Finder(Matcher matcher, String text, IntPredicate first, IntPredicate notAfter) {
			this.matcher = matcher;
			this.text = text;
			this.first = first;
			this.notAfter = notAfter;
		}

		/** Finds the next match, as {@link Matcher#find()}; O(text length) in all. */
		boolean find() {
			int n = this.text.length();
			for (int i = this.from; i < n; i++) {
				if (this.first.test(this.text.charAt(i))
						&& (this.notAfter == null || i == 0 || !excluded(this.text.charAt(i - 1)))
						&& this.matcher.region(i, n).lookingAt()) {
					this.from = Math.max(this.matcher.end(), i + 1);
					return true;
				}
			}
			this.from = n;
			return false;
		}

		/**
		 * Whether the char before a position rules a match there out (never a surrogate).
		 */
		private boolean excluded(char before) {
			return !Character.isSurrogate(before) && this.notAfter.test(before);
		}

		/** The last match: its groups, start and end (offsets into the whole text). */
		Matcher match() {
			return this.matcher;
		}

	}

	/**
	 * Several patterns asked one question, whether any occurs in a text, in one pass over
	 * it: at each char only the patterns whose matches can begin with it are tried
	 * ({@link FirstChars}); a pattern that can begin anywhere is searched as usual.
	 */
	static final class AnyOf {

		private final List<Pattern> patterns = new ArrayList<>();

		private final List<Integer> anywhere = new ArrayList<>();

		/** For each char, the indices of the patterns whose matches can begin with it. */
		private final Map<Character, List<Integer>> byFirst = new HashMap<>();

		AnyOf(List<String> regexes) {
			for (String regex : regexes) {
				int index = this.patterns.size();
				this.patterns.add(Pattern.compile(regex));
				BitSet first = FirstChars.set(regex, 0);
				if (first == null) {
					this.anywhere.add(index);
				}
				else {
					first.stream()
						.forEach((c) -> this.byFirst.computeIfAbsent((char) c, (k) -> new ArrayList<>()).add(index));
				}
			}
		}

		boolean foundIn(String text) {
			// one matcher per pattern and text, made when the pattern is first tried
			Matcher[] matchers = new Matcher[this.patterns.size()];
			for (int index : this.anywhere) {
				if (this.patterns.get(index).matcher(text).find()) {
					return true;
				}
			}
			int n = text.length();
			for (int i = 0; i < n; i++) {
				List<Integer> candidates = this.byFirst.get(text.charAt(i));
				if (candidates == null) {
					continue;
				}
				for (int index : candidates) {
					if (matchers[index] == null) {
						matchers[index] = this.patterns.get(index)
							.matcher(text)
							.useTransparentBounds(true)
							.useAnchoringBounds(false);
					}
					if (matchers[index].region(i, n).lookingAt()) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
