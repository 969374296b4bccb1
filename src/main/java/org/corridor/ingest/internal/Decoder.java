package org.corridor.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stage 1: bytes to text. UTF-8 with or without BOM, UTF-16 with BOM, otherwise strict
 * UTF-8 and then GB18030 (a superset of GBK); HTML reduced to its text (scripts, styles
 * and navigation dropped). Refuses empty, binary and oversized input with the reason.
 */
public final class Decoder {

	/** Default size limit: 50 MB. */
	public static final long DEFAULT_LIMIT = 50L * 1024 * 1024;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private Decoder() {
	}

	/**
	 * The text of a document.
	 * @throws IllegalArgumentException naming why the document cannot be read
	 */
	public static String decode(byte[] bytes, String fileName, long limit) {
		if (bytes.length == 0) {
			throw new IllegalArgumentException("empty file");
		}
		if (bytes.length > limit) {
			throw new IllegalArgumentException("file is " + bytes.length + " bytes; the limit is " + limit
					+ " bytes (set --max-bytes to change it)");
		}
		String text;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			text = strict(bytes, 3, StandardCharsets.UTF_8);
		}
		else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			text = strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			text = strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		else {
			if (looksBinary(bytes)) {
				throw new IllegalArgumentException("binary file, not text");
			}
			text = strict(bytes, 0, StandardCharsets.UTF_8);
			if (text == null) {
				text = strict(bytes, 0, GB18030);
			}
		}
		if (text == null) {
			throw new IllegalArgumentException("not valid UTF-8, UTF-16 or GB18030 text");
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html") || lower.endsWith(".htm") || startsWithDoctype(text)) {
			text = HtmlText.of(text);
		}
		if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new IllegalArgumentException("no text in the file");
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * Whether the text begins, after white space, with "<!doctype html" in any case;
	 * looks at those chars only.
	 */
	private static boolean startsWithDoctype(String text) {
		int at = 0;
		while (at < text.length() && Character.isWhitespace(text.codePointAt(at))) {
			at += Character.charCount(text.codePointAt(at));
		}
		return text.regionMatches(true, at, "<!doctype html", 0, 14);
	}

	/**
	 * The text of bytes in a charset, or null if they are not valid in it. UTF-8 takes
	 * the JDK's fast decoding first: when it replaced nothing (no U+FFFD), the bytes were
	 * valid and the text is what the strict decoder would give.
	 */
	private static String strict(byte[] bytes, int offset, Charset charset) {
		if (charset.equals(StandardCharsets.UTF_8)) {
			String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
			if (text.indexOf('\uFFFD') < 0) {
				return text;
			}
		}
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * NUL bytes or many control characters in the first 8 KB.
	 */
	static boolean looksBinary(byte[] bytes) {
		int n = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x09 || (b > 0x0D && b < 0x20)) {
				control++;
			}
		}
		return control > n / 20;
	}

}
