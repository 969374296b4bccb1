package org.corridor.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The divisions in the store.
 */
public interface Regions {

	Optional<Region> find(String code);

	/** Parents, nearest first. */
	List<Region> ancestors(String code);

	List<Region> children(String code);

	/**
	 * Descendants at one level: the counties of a province, the prefectures of a
	 * province.
	 */
	List<Region> descendants(String code, Level level);

	List<RegionName> names(String code);

	/**
	 * Divisions whose name in any language begins with {@code query} (compared by
	 * {@code NameKey}: case, tone marks, spaces and hyphens do not matter), exact names
	 * first.
	 */
	RegionPage search(RegionQuery query);

	/** How many divisions each level has. */
	Map<Level, Long> countByLevel();

	/**
	 * What to search for; every part is optional.
	 *
	 * @param text a name or its beginning, or {@code null}
	 * @param level only this level, or {@code null}
	 * @param parentCode only children of this division, or {@code null}
	 * @param page zero-based page
	 * @param size page size, 1–500
	 */
	record RegionQuery(String text, Level level, String parentCode, int page, int size) {

		public RegionQuery {
			if (page < 0) {
				throw new IllegalArgumentException("page must be 0 or more");
			}
			if (size < 1 || size > 500) {
				throw new IllegalArgumentException("size must be between 1 and 500");
			}
		}

	}

	/**
	 * One page of divisions.
	 */
	record RegionPage(List<Region> items, int page, int size, long total) {

	}

}
