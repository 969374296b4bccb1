package org.corridor.analytics;

/**
 * The cells of the CSV files Corridor writes (analysis tables, the network export, the
 * observatory's downloads): one rule for quoting and for texts a spreadsheet would run.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * One cell of a CSV file Corridor writes (RFC 4180): quoted where it holds a comma,
	 * quote or line break; a text that a spreadsheet would run as a formula (it begins
	 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is
	 * written with a leading apostrophe, so that {@code =HYPERLINK(…)} stays text.
	 * Numbers are written as they are ({@code -3.5} is no formula).
	 */
	public static String cell(String text, boolean number) {
		String value = text;
		if (!number && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
