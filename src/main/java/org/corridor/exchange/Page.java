package org.corridor.exchange;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of the page
 * @param total how many there are in all
 * @param offset where the page starts
 * @param limit the page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

	public Page {
		items = List.copyOf(items);
	}

}
