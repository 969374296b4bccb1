package org.corridor.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a page table is sorted, from a GET parameter: a column key, descending when it
 * starts with {@code -} ({@code -score}). Unknown keys fall back to the table's default,
 * so a hand-edited address still shows a table.
 *
 * @param key the column
 * @param descending whether largest first
 */
record TableSort(String key, boolean descending) {

	static TableSort parse(String parameter, Map<String, ?> columns, String fallback) {
		String value = (parameter != null && !parameter.isBlank()) ? parameter.strip() : fallback;
		boolean descending = value.startsWith("-");
		String key = descending ? value.substring(1) : value;
		if (!columns.containsKey(key)) {
			return parse(fallback, columns, fallback);
		}
		return new TableSort(key, descending);
	}

	/**
	 * The rows sorted by this column (rows without a value last either way; ties keep
	 * their order).
	 */
	<T> List<T> apply(List<T> rows, Map<String, Function<T, ? extends Comparable<?>>> columns) {
		@SuppressWarnings("unchecked")
		Function<T, Comparable<Object>> value = (Function<T, Comparable<Object>>) columns.get(this.key);
		Comparator<Comparable<Object>> direction = this.descending ? Comparator.reverseOrder()
				: Comparator.naturalOrder();
		return rows.stream().sorted(Comparator.comparing(value, Comparator.nullsLast(direction))).toList();
	}

	/** The parameter value a click on {@code column}'s header asks for. */
	public String next(String column) {
		return (column.equals(this.key) && !this.descending) ? "-" + column : column;
	}

	/** {@code aria-sort} of a column header: ascending, descending or none. */
	public String aria(String column) {
		if (!column.equals(this.key)) {
			return "none";
		}
		return this.descending ? "descending" : "ascending";
	}

	/** The parameter value of this order. */
	public String value() {
		return this.descending ? "-" + this.key : this.key;
	}

}
