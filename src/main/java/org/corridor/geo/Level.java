package org.corridor.geo;

/**
 * Administrative level of a division, as numbered in the reference data.
 */
public enum Level {

	/** Province, autonomous region, municipality, special administrative region. */
	PROVINCE(1),
	/** Prefecture-level city, prefecture, league, autonomous prefecture. */
	PREFECTURE(2),
	/** County-level: district, county, county-level city, banner. */
	COUNTY(3);

	private final int number;

	Level(int number) {
		this.number = number;
	}

	public int number() {
		return this.number;
	}

	public static Level of(int number) {
		for (Level level : values()) {
			if (level.number == number) {
				return level;
			}
		}
		throw new IllegalArgumentException("level must be 1, 2 or 3, not " + number);
	}

}
