package org.corridor.support;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * PostgreSQL {@code text[]} columns as lists.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** The strings of a {@code text[]} value; empty for SQL NULL. */
	public static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
