package org.corridor.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the cooperation record: what happened, when, between whom, and where the
 * record comes from.
 *
 * @param id the store's identifier (0 before it is stored)
 * @param type visit, agreement, conference, project_signing, platform_launch, policy or
 * other
 * @param date the day it happened
 * @param title one line
 * @param detail more, or null
 * @param origin exchange, ingest or manual
 * @param originRef the identifier within the origin (an interest id, a fact id)
 * @param reviewStatus extracted (machine-read, unreviewed) or confirmed
 * @param parties the regions and organisations involved
 */
public record CooperationEvent(long id, String type, LocalDate date, String title, String detail, String origin,
		String originRef, String reviewStatus, List<Party> parties) {

	public CooperationEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(originRef, "originRef");
		parties = List.copyOf(parties);
	}

	/**
	 * A region or organisation taking part.
	 *
	 * @param kind region or organisation
	 * @param ref the region code or organisation id
	 * @param name a display name
	 * @param regionCode the region it is in (the region itself for a region)
	 */
	public record Party(String kind, String ref, String name, String regionCode) {

	}

}
