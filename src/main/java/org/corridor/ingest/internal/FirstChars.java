package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The chars a match of a regular expression can begin with, read from the expression
 * itself, so that {@link AnchoredPattern} tries a pattern only where one stands and
 * nobody has to state (and keep in step) a pattern's first chars by hand. The reading is
 * conservative: whatever it does not understand (a class with {@code \p}, {@code \w},
 * {@code .}, a negated class, a back-reference, comments mode) may begin anywhere, and a
 * pattern that can match the empty string begins anywhere. Zero-width parts (lookarounds,
 * {@code \b}, {@code ^}, {@code $}, {@code \G}) are skipped; an optional part adds its
 * first chars to those of what follows; {@code (?i)}, {@code (?iu:…)} and
 * {@link Pattern#CASE_INSENSITIVE} add every case form of a char. Chars outside the Basic
 * Multilingual Plane begin anywhere.
 */
final class FirstChars {

	/** What a part of the expression can begin with, and whether it can match nothing. */
	private record First(BitSet chars, boolean anywhere, boolean empty) {

		static First zeroWidth() {
			return new First(new BitSet(), false, true);
		}

		static First anyChar() {
			return new First(new BitSet(), true, false);
		}

	}

	private static final Map<Integer, int[]> CASE_FORMS = new HashMap<>();

	private final String regex;

	private int pos;

	private boolean ignoreCase;

	private boolean unreadable;

	private FirstChars(String regex, int flags) {
		this.regex = regex;
		this.ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
		this.unreadable = (flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0;
	}

	/**
	 * A test of the chars the pattern's matches can begin with; one that accepts every
	 * char where the expression gives no narrower answer.
	 */
	static IntPredicate of(String regex, int flags) {
		BitSet chars = set(regex, flags);
		return (chars == null) ? (c) -> true : (c) -> c < 0x10000 && chars.get(c);
	}

	/** The BMP chars the pattern's matches can begin with, or null for anywhere. */
	static BitSet set(String regex, int flags) {
		FirstChars reader = new FirstChars(regex, flags);
		First first;
		try {
			first = reader.alternation();
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (reader.unreadable || first.anywhere() || first.empty() || reader.pos != regex.length()) {
			return null;
		}
		return first.chars();
	}

	private boolean more() {
		return this.pos < this.regex.length();
	}

	private char peek() {
		return this.regex.charAt(this.pos);
	}

	private boolean at(String s) {
		return this.regex.startsWith(s, this.pos);
	}

	/** Alternatives up to a closing parenthesis or the end. */
	private First alternation() {
		boolean caseBefore = this.ignoreCase;
		BitSet chars = new BitSet();
		boolean anywhere = false;
		boolean empty = false;
		while (true) {
			First alternative = sequence();
			chars.or(alternative.chars());
			anywhere |= alternative.anywhere();
			empty |= alternative.empty();
			if (more() && peek() == '|') {
				this.pos++;
				continue;
			}
			break;
		}
		this.ignoreCase = caseBefore;
		return new First(chars, anywhere, empty);
	}

	/** Parts one after the other up to '|', ')' or the end. */
	private First sequence() {
		BitSet chars = new BitSet();
		boolean anywhere = false;
		boolean open = true;
		while (more() && peek() != '|' && peek() != ')') {
			First part = quantified(element());
			if (open) {
				chars.or(part.chars());
				anywhere |= part.anywhere();
				open = part.empty();
			}
		}
		return new First(chars, anywhere, open);
	}

	/** A part followed by its quantifier, if any. */
	private First quantified(First part) {
		if (!more()) {
			return part;
		}
		char c = peek();
		boolean optional;
		if (c == '?' || c == '*') {
			this.pos++;
			optional = true;
		}
		else if (c == '+') {
			this.pos++;
			optional = false;
		}
		else if (c == '{') {
			int close = this.regex.indexOf('}', this.pos);
			String bounds = this.regex.substring(this.pos + 1, close);
			this.pos = close + 1;
			optional = Integer.parseInt(bounds.split(",", -1)[0].strip()) == 0;
		}
		else {
			return part;
		}
		if (more() && (peek() == '?' || peek() == '+')) {
			this.pos++;
		}
		return optional ? new First(part.chars(), part.anywhere(), true) : part;
	}

	private First element() {
		char c = peek();
		switch (c) {
			case '(':
				return group();
			case '[':
				return charClass();
			case '\\':
				return escape();
			case '.':
				this.pos++;
				return First.anyChar();
			case '^':
			case '$':
				this.pos++;
				return First.zeroWidth();
			default:
				int cp = this.regex.codePointAt(this.pos);
				this.pos += Character.charCount(cp);
				return literal(cp);
		}
	}

	private First literal(int cp) {
		if (cp >= 0x10000) {
			return First.anyChar();
		}
		BitSet chars = new BitSet();
		add(chars, cp);
		return new First(chars, false, false);
	}

	private void add(BitSet chars, int c) {
		chars.set(c);
		if (this.ignoreCase) {
			chars.or(caseForms(c));
		}
	}

	/**
	 * Every BMP char that matches c when case is ignored (Unicode case folding): its
	 * lower- and upper-case forms and any other char folding to the same.
	 */
	private static synchronized BitSet caseForms(int c) {
		if (CASE_FORMS.isEmpty()) {
			Map<Integer, List<Integer>> groups = new HashMap<>();
			for (int x = 0; x < 0x10000; x++) {
				groups.computeIfAbsent(fold(x), (k) -> new ArrayList<>()).add(x);
			}
			groups.forEach((key, chars) -> {
				if (chars.size() > 1) {
					CASE_FORMS.put(key, chars.stream().mapToInt(Integer::intValue).toArray());
				}
			});
		}
		BitSet forms = new BitSet();
		for (int form : new int[] { c, Character.toLowerCase(c), Character.toUpperCase(c) }) {
			forms.set(form);
			for (int x : CASE_FORMS.getOrDefault(fold(form), new int[0])) {
				forms.set(x);
			}
		}
		return forms;
	}

	private static int fold(int c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	private First group() {
		this.pos++;
		if (at("?<=") || at("?<!") || at("?=") || at("?!")) {
			this.pos += at("?<") ? 3 : 2;
			alternation();
			close();
			return First.zeroWidth();
		}
		if (at("?<")) {
			this.pos = this.regex.indexOf('>', this.pos) + 1;
		}
		else if (at("?:")) {
			this.pos += 2;
		}
		else if (at("?>")) {
			this.pos += 2;
		}
		else if (at("?")) {
			this.pos++;
			boolean on = true;
			boolean caseInside = this.ignoreCase;
			while (more() && peek() != ')' && peek() != ':') {
				char flag = peek();
				if (flag == '-') {
					on = false;
				}
				else if (flag == 'i') {
					caseInside = on;
				}
				else if (flag == 'x') {
					this.unreadable = true;
				}
				this.pos++;
			}
			if (peek() == ')') {
				this.pos++;
				this.ignoreCase = caseInside;
				return First.zeroWidth();
			}
			this.pos++;
			boolean caseOutside = this.ignoreCase;
			this.ignoreCase = caseInside;
			First inner = alternation();
			this.ignoreCase = caseOutside;
			close();
			return inner;
		}
		First inner = alternation();
		close();
		return inner;
	}

	private void close() {
		if (!more() || peek() != ')') {
			throw new IllegalArgumentException("unbalanced group at " + this.pos);
		}
		this.pos++;
	}

	private First escape() {
		char c = this.regex.charAt(this.pos + 1);
		this.pos += 2;
		switch (c) {
			case 'Q': {
				int end = this.regex.indexOf("\\E", this.pos);
				String quoted = (end < 0) ? this.regex.substring(this.pos) : this.regex.substring(this.pos, end);
				this.pos = (end < 0) ? this.regex.length() : end + 2;
				return quoted.isEmpty() ? First.zeroWidth() : literal(quoted.codePointAt(0));
			}
			case 'b', 'B', 'G', 'A', 'z', 'Z':
				return First.zeroWidth();
			case 'd': {
				BitSet digits = new BitSet();
				digits.set('0', '9' + 1);
				return new First(digits, false, false);
			}
			case 'p', 'P':
				if (more() && peek() == '{') {
					this.pos = this.regex.indexOf('}', this.pos) + 1;
				}
				else {
					this.pos++;
				}
				return First.anyChar();
			case 'x', 'u', 'c', 'k', 'N':
				this.unreadable = true;
				return First.anyChar();
			default:
				if (Character.isLetterOrDigit(c)) {
					// \w, \s, \D, \t, \1 …: may begin anywhere (controls,
					// back-references)
					return First.anyChar();
				}
				return literal(c);
		}
	}

	/** A class of simple chars and ranges; anything else in it may begin anywhere. */
	private First charClass() {
		int start = this.pos;
		int depth = 0;
		int i = this.pos;
		while (true) {
			char c = this.regex.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				depth++;
			}
			else if (c == ']' && i > start + 1) {
				depth--;
				if (depth == 0) {
					break;
				}
			}
			i++;
		}
		String body = this.regex.substring(start + 1, i);
		this.pos = i + 1;
		if (body.startsWith("^") || body.contains("[") || body.contains("&&")) {
			return First.anyChar();
		}
		BitSet chars = new BitSet();
		int k = 0;
		while (k < body.length()) {
			int c = body.charAt(k);
			if (c == '\\') {
				char e = body.charAt(k + 1);
				if (e == 'd') {
					chars.set('0', '9' + 1);
					k += 2;
					continue;
				}
				if (Character.isLetterOrDigit(e)) {
					return First.anyChar();
				}
				c = e;
				k += 2;
			}
			else {
				if (Character.isSurrogate((char) c)) {
					return First.anyChar();
				}
				k++;
			}
			if (k + 1 < body.length() && body.charAt(k) == '-') {
				int to = body.charAt(k + 1);
				if (to == '\\') {
					return First.anyChar();
				}
				for (int x = c; x <= to; x++) {
					add(chars, x);
				}
				k += 2;
			}
			else {
				add(chars, c);
			}
		}
		return new First(chars, false, false);
	}

	/**
	 * The code points a match cannot follow, read from a negative lookbehind of one char
	 * class at the start of the expression ({@code (?<![\\p{L}\\d-])...}): letters
	 * ({@code \\p{L}}), Latin letters ({@code \\p{IsLatin}}), digits ({@code \\d}),
	 * single chars and ranges. Null when there is none or the class holds anything else.
	 */
	static IntPredicate notAfter(String regex) {
		if (!regex.startsWith("(?<![")) {
			return null;
		}
		int end = regex.indexOf("])", 5);
		if (end < 0) {
			return null;
		}
		String body = regex.substring(5, end);
		List<IntPredicate> parts = new ArrayList<>();
		int k = 0;
		while (k < body.length()) {
			if (body.startsWith("\\p{L}", k)) {
				parts.add(Character::isLetter);
				k += 5;
			}
			else if (body.startsWith("\\p{IsLatin}", k)) {
				parts.add((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
				k += 11;
			}
			else if (body.startsWith("\\d", k)) {
				parts.add((c) -> c >= '0' && c <= '9');
				k += 2;
			}
			else if (body.charAt(k) == '\\' || body.charAt(k) == '[' || body.charAt(k) == '&') {
				int e = (body.charAt(k) == '\\' && k + 1 < body.length()) ? body.charAt(k + 1) : 'x';
				if (body.charAt(k) != '\\' || Character.isLetterOrDigit(e)) {
					return null;
				}
				parts.add((c) -> c == e);
				k += 2;
			}
			else if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
				char from = body.charAt(k);
				char to = body.charAt(k + 2);
				if (to == '\\') {
					return null;
				}
				parts.add((c) -> c >= from && c <= to);
				k += 3;
			}
			else {
				char single = body.charAt(k);
				if (Character.isSurrogate(single) || (k == 0 && single == '^')) {
					return null;
				}
				parts.add((c) -> c == single);
				k++;
			}
		}
		return (c) -> {
			for (IntPredicate part : parts) {
				if (part.test(c)) {
					return true;
				}
			}
			return false;
		};
	}

	/**
	 * The top-level alternatives of an expression ("a|(b|c)d" gives "a" and "(b|c)d"), so
	 * that each is tried only where its own first chars stand.
	 */
	static List<String> alternatives(String regex) {
		List<String> alternatives = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				if (regex.startsWith("Q", i + 1)) {
					int end = regex.indexOf("\\E", i + 2);
					i = (end < 0) ? regex.length() : end + 1;
				}
				else {
					i++;
				}
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				alternatives.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		alternatives.add(regex.substring(start));
		return alternatives;
	}

}
