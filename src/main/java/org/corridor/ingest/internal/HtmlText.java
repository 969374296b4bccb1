package org.corridor.ingest.internal;

import java.util.regex.Pattern;

/**
 * The readable text of an HTML page: script, style, nav, header, footer and aside
 * elements dropped, block elements turned into line breaks, entities decoded.
 */
final class HtmlText {

	private static final Pattern DROPPED = Pattern
		.compile("(?is)<(script|style|nav|header|footer|aside|noscript|template)\\b[^>]*>.*?</\\1\\s*>");

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

	private static final Pattern BLOCK = Pattern
		.compile("(?i)</?(p|div|br|li|h[1-6]|tr|section|article|title)\\b[^>]*>");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private HtmlText() {
	}

	static String of(String html) {
		String text = COMMENT.matcher(html).replaceAll(" ");
		text = DROPPED.matcher(text).replaceAll(" ");
		text = BLOCK.matcher(text).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		text = text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			String stripped = line.strip().replaceAll("[ \\t]+", " ");
			if (!stripped.isEmpty()) {
				out.append(stripped).append("\n\n");
			}
		}
		return out.toString().strip();
	}

}
