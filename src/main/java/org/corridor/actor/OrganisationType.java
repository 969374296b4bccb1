package org.corridor.actor;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of organisation the platform knows.
 */
public enum OrganisationType {

	ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, INNOVATION_PLATFORM, GOVERNMENT_BODY, FUND, ALLIANCE;

	/** The stored and serialised form, such as {@code research_institute}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The type named by a code.
	 * @throws IllegalArgumentException listing the known codes
	 */
	public static OrganisationType of(String code) {
		for (OrganisationType type : values()) {
			if (type.code().equals(code)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown organisation type \"" + code + "\"; known: "
				+ Arrays.stream(values()).map(OrganisationType::code).collect(Collectors.joining(", ")));
	}

}
