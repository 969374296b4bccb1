package org.corridor.geo;

import java.util.Objects;

/**
 * A Chinese administrative division.
 *
 * @param code GB/T 2260 six-digit code
 * @param nameZh official Chinese name with its suffix (宁波市)
 * @param nameEn pinyin name without the generic suffix (Ningbo)
 * @param level administrative level
 * @param parentCode code of the parent division, {@code null} for province-level
 * @param point seat or representative point, {@code null} where none is known
 */
public record Region(String code, String nameZh, String nameEn, Level level, String parentCode, GeoPoint point) {

	public Region {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(nameZh, "nameZh");
		Objects.requireNonNull(nameEn, "nameEn");
		Objects.requireNonNull(level, "level");
		if (!code.matches("\\d{6}")) {
			throw new IllegalArgumentException("region code must be six digits: " + code);
		}
	}

}
