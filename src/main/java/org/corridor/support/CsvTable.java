package org.corridor.support;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table with a header row — a file or a request body — read for the analyses. Every
 * problem is an {@link IllegalArgumentException} with one line naming the source, the
 * line and the column.
 */
public final class CsvTable {

	private final String file;

	private final List<String> header;

	private final List<List<String>> rows;

	private final List<Integer> lineNumbers;

	private CsvTable(String file, List<String> header, List<List<String>> rows, List<Integer> lineNumbers) {
		this.file = file;
		this.header = header;
		this.rows = rows;
		this.lineNumbers = lineNumbers;
	}

	/**
	 * Reads a UTF-8 file.
	 */
	public static CsvTable read(Path file) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (NoSuchFileException ex) {
			throw new IllegalArgumentException(file + ": no such file");
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(file + ": not UTF-8 text");
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + ": cannot read (" + ex.getMessage() + ")");
		}
		return parse(text, file.toString());
	}

	/**
	 * Reads CSV text; {@code name} stands for the source in messages ("the request
	 * body").
	 */
	public static CsvTable parse(String text, String name) {
		String file = name;
		List<String> lines = List.of(text.split("\r?\n", -1));
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank()) {
			first++;
		}
		if (first == lines.size()) {
			throw new IllegalArgumentException(file + ": empty file, expected a header row");
		}
		String headerLine = lines.get(first).replace("\uFEFF", "");
		List<String> header = split(headerLine, file, first + 1).stream().map(String::strip).toList();
		List<List<String>> rows = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		for (int k = first + 1; k < lines.size(); k++) {
			if (lines.get(k).isBlank()) {
				continue;
			}
			List<String> fields = split(lines.get(k), file, k + 1);
			if (fields.size() != header.size()) {
				throw new IllegalArgumentException(
						file + ":" + (k + 1) + ": " + fields.size() + " fields, but the header has " + header.size());
			}
			rows.add(fields.stream().map(String::strip).toList());
			numbers.add(k + 1);
		}
		return new CsvTable(file, header, rows, numbers);
	}

	private static List<String> split(String line, String file, int lineNumber) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException(file + ":" + lineNumber + ": a quoted field is not closed");
		}
		fields.add(field.toString());
		return fields;
	}

	public int rowCount() {
		return this.rows.size();
	}

	/**
	 * The index of a column, or an error naming the option that asked for it and the
	 * columns there are.
	 */
	public int column(String name, String option) {
		int index = this.header.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("column '" + name + "' named in " + option + " is not in " + this.file
					+ " (columns: " + String.join(", ", this.header) + ")");
		}
		return index;
	}

	public boolean hasColumn(String name) {
		return this.header.contains(name);
	}

	public List<String> header() {
		return this.header;
	}

	public String text(int row, int column) {
		return this.rows.get(row).get(column);
	}

	/**
	 * A cell as a number, or an error naming the line and the column.
	 */
	public double number(int row, int column) {
		String cell = text(row, column);
		try {
			double value = Double.parseDouble(cell);
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(where(row, column) + ": \"" + cell + "\" is not a number");
		}
	}

	public String where(int row, int column) {
		return this.file + ":" + this.lineNumbers.get(row) + ", column '" + this.header.get(column) + "'";
	}

	/** The file or body the table was read from, as messages name it. */
	public String source() {
		return this.file;
	}

}
