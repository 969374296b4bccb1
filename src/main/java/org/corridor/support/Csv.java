package org.corridor.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV with a header row (quoted fields may hold commas and doubled quotes,
 * not line breaks). Each row becomes a map from column name to value.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * Reads a classpath resource.
	 * @param resource path of the resource, such as {@code geo/china_regions.csv}
	 * @return the rows, header excluded
	 * @throws IllegalStateException naming the resource and line if the file is missing
	 * or malformed
	 */
	public static List<Map<String, String>> readResource(String resource) {
		InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("reference data " + resource + " is missing from the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return read(reader, resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	static List<Map<String, String>> read(BufferedReader reader, String name) throws IOException {
		String headerLine = reader.readLine();
		if (headerLine == null) {
			throw new IllegalStateException(name + ": empty file, expected a header row");
		}
		if (headerLine.startsWith("\uFEFF")) {
			headerLine = headerLine.substring(1);
		}
		List<String> header = split(headerLine, name, 1);
		List<Map<String, String>> rows = new ArrayList<>();
		int lineNumber = 1;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			List<String> fields = split(line, name, lineNumber);
			if (fields.size() != header.size()) {
				throw new IllegalStateException(
						name + ":" + lineNumber + ": expected " + header.size() + " fields, found " + fields.size());
			}
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				row.put(header.get(i), fields.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	static List<String> split(String line, String name, int lineNumber) {
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
			else if (c == '"' && field.isEmpty()) {
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
			throw new IllegalStateException(name + ":" + lineNumber + ": unterminated quoted field");
		}
		fields.add(field.toString());
		return fields;
	}

}
