package org.corridor.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * The cooperation record: events and agreements between regions and organisations.
 */
public interface CooperationRecord {

	/**
	 * Records an event once: a second event with the same origin and origin reference is
	 * not stored again.
	 * @return the stored event's id
	 */
	long record(CooperationEvent event);

	/**
	 * Events with a party in the region or any of its subdivisions (any region when
	 * {@code regionCode} is null), newest first.
	 */
	List<CooperationEvent> involving(String regionCode, LocalDate from, LocalDate to, int limit);

	/**
	 * How many recorded events tie a region (or its subdivisions) to another (or its
	 * subdivisions) from {@code since} on.
	 */
	int countBetween(String regionA, String regionB, LocalDate since);

	/**
	 * Every recorded event in a window as the list of region codes of its parties, for
	 * building networks.
	 */
	List<List<String>> partyRegions(LocalDate from, LocalDate to);

}
