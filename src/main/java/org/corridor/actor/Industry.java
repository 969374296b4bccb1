package org.corridor.actor;

/**
 * One industry of the taxonomy, with its labels in the three languages.
 *
 * @param code the code, such as {@code batteries}
 * @param nameZh Chinese label
 * @param nameEn English label
 * @param nameDe German label
 * @param description what it covers, in English
 */
public record Industry(String code, String nameZh, String nameEn, String nameDe, String description) {

	/** The label in a language (zh, de; English otherwise). */
	public String name(String language) {
		return switch (language) {
			case "zh" -> this.nameZh;
			case "de" -> this.nameDe;
			default -> this.nameEn;
		};
	}

}
