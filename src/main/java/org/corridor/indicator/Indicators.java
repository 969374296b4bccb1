package org.corridor.indicator;

import java.util.List;

/**
 * The indicator observations and targets in the store.
 */
public interface Indicators {

	/**
	 * Observations of a region (null: every region), of one indicator or (null) all, by
	 * indicator and period.
	 */
	List<Observation> observations(String regionCode, String indicator);

	/** Targets of a region, or of every region when {@code regionCode} is null. */
	List<Target> targets(String regionCode);

	/**
	 * The targets of a region (every region when {@code regionCode} is null), each with
	 * its progress against the observations of its indicator.
	 */
	default List<TargetProgress> progress(String regionCode) {
		return targets(regionCode).stream()
			.map((t) -> TargetProgress.of(t, observations(t.regionCode(), t.indicator())))
			.toList();
	}

	/**
	 * Stores observations in one transaction: all or none. An observation already stored
	 * with the same region, indicator, period, origin and source gets the new value.
	 * @return how many were stored
	 */
	int add(List<Observation> observations);

	/**
	 * Stores a target entered by a user (origin {@code api}); the same target from the
	 * same source is stored once.
	 * @return the stored target with its id
	 */
	Target add(Target target);

}
