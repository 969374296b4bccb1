package org.corridor.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV reference data bundled on the classpath (a header row, RFC 4180 quoting,
 * parsed by {@link CsvTable}); each row becomes a map from column name to value.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * Reads a classpath resource.
	 * @param resource path of the resource, such as {@code geo/china_regions.csv}
	 * @return the rows, header excluded
	 * @throws IllegalStateException naming the resource and line if the file is missing
	 * or malformed: bundled data that does not parse is a defect of the build, not of the
	 * input
	 */
	public static List<Map<String, String>> readResource(String resource) {
		String text;
		try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("reference data " + resource + " is missing from the classpath");
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
		CsvTable table;
		try {
			table = CsvTable.parse(text, resource);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		List<Map<String, String>> rows = new ArrayList<>(table.rowCount());
		for (int row = 0; row < table.rowCount(); row++) {
			Map<String, String> map = new HashMap<>();
			for (int column = 0; column < table.header().size(); column++) {
				map.put(table.header().get(column), table.text(row, column));
			}
			rows.add(map);
		}
		return rows;
	}

}
