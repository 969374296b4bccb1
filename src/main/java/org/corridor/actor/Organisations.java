package org.corridor.actor;

import java.util.List;
import java.util.Optional;

/**
 * The organisations known to the platform.
 */
public interface Organisations {

	/**
	 * What an organisation is registered with.
	 */
	record NewOrganisation(String name, OrganisationType type, String regionCode, List<String> industries,
			String language, boolean demo) {

		public NewOrganisation {
			industries = List.copyOf(industries);
		}

	}

	/**
	 * Registers an organisation, or returns the one of the same name in the same region.
	 * @throws IllegalArgumentException naming the field at fault (unknown region or
	 * industry, blank name)
	 */
	Organisation register(NewOrganisation organisation);

	Optional<Organisation> find(long id);

	Optional<Organisation> findByName(String name);

	/** A page of organisations, by name. */
	List<Organisation> list(int offset, int limit);

	long count();

	/**
	 * Organisations whose name contains the text (any case), by name, at most
	 * {@code limit}.
	 */
	List<Organisation> search(String text, int limit);

}
