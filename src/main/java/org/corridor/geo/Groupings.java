package org.corridor.geo;

import java.util.List;
import java.util.Optional;

/**
 * The groupings in the store and their membership over time.
 */
public interface Groupings {

	List<Grouping> all();

	Optional<Grouping> find(String id);

	List<RegionName> names(String id);

	/** Every membership of the grouping, current and past. */
	List<Membership> memberships(String id);

	/** The memberships of a division and of its ancestors. */
	List<Membership> membershipsOf(String code);

}
