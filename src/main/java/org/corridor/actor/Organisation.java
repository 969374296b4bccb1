package org.corridor.actor;

import java.util.List;
import java.util.Objects;

/**
 * An organisation: its name as it writes it, its type, the division it is in, the
 * industries it works in and the language it writes in.
 *
 * @param id the store's identifier
 * @param name the name
 * @param type the type
 * @param regionCode the GB/T 2260 code of the division it is in
 * @param industries codes of the industry taxonomy
 * @param language zh, en or de
 * @param demo whether it belongs to the bundled demonstration data
 */
public record Organisation(long id, String name, OrganisationType type, String regionCode, List<String> industries,
		String language, boolean demo) {

	public Organisation {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(regionCode, "regionCode");
		industries = List.copyOf(industries);
	}

}
