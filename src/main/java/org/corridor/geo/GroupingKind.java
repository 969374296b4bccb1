package org.corridor.geo;

import java.util.Locale;

/**
 * What kind of tie a grouping is.
 */
public enum GroupingKind {

	CORRIDOR, AXIS, TWIN_CITIES, CITY_CLUSTER, ECONOMIC_CIRCLE, COOPERATION_MECHANISM, MACRO_REGION;

	/** The lower-case name used in data files, the store and JSON. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static GroupingKind of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
