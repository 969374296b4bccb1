package org.corridor.indicator;

import java.util.List;
import java.util.Optional;

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
	default int add(List<Observation> observations) {
		return add(observations, null);
	}

	/**
	 * As {@link #add(List)}, recording who entered them.
	 * @param enteredBy the account id, or null (the command line)
	 */
	int add(List<Observation> observations, Long enteredBy);

	/**
	 * Stores a target entered by a user (origin {@code api}); the same target from the
	 * same source is stored once.
	 * @return the stored target with its id
	 */
	default Target add(Target target) {
		return add(target, null);
	}

	/**
	 * As {@link #add(Target)}, recording who entered it.
	 * @param enteredBy the account id, or null (the command line)
	 */
	Target add(Target target, Long enteredBy);

	/** Who entered a row: an account id, or null for the command line. */
	record Entered(Long by) {
	}

	/**
	 * Who entered a target, if it was entered by a user (origin api); empty otherwise.
	 */
	Optional<Entered> enteredTarget(long id);

	/** Deletes a target entered by a user (origin api); false when there is none. */
	boolean retractTarget(long id);

	/**
	 * Who imported the observation of a region, indicator and period from a source
	 * (origin import); empty when there is none.
	 */
	Optional<Entered> enteredObservation(String regionCode, String indicator, String period, String source);

	/** Deletes an imported observation (origin import); false when there is none. */
	boolean retractObservation(String regionCode, String indicator, String period, String source);

}
