package org.corridor.geo;

/**
 * Facts that GB/T 2260 codes carry in their digits.
 */
public final class DivisionCodes {

	private DivisionCodes() {
	}

	/**
	 * The code prefix a division shares with all its subdivisions: two digits for a
	 * province ({@code PP0000}), four for a prefecture ({@code PPCC00}), all six for a
	 * county. {@code code LIKE prefix || '%'} selects the division and everything in it.
	 */
	public static String prefix(String code) {
		if (code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

}
