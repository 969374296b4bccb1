package org.corridor.geo;

import java.util.Objects;

/**
 * A corridor, axis, twin-city pair, city cluster, economic circle, cooperation mechanism
 * or macro-region.
 *
 * @param id stable identifier such as {@code g60-corridor}
 * @param kind what kind of tie it is
 * @param nameEn English name
 * @param nameZh Chinese name
 * @param nameDe German name
 * @param membershipNote what is and is not known about its membership
 */
public record Grouping(String id, GroupingKind kind, String nameEn, String nameZh, String nameDe,
		String membershipNote) {

	public Grouping {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("grouping id must be lower-case words joined by '-': " + id);
		}
	}

}
