package org.corridor.exchange;

/**
 * Imports listings from CSV, all or nothing: one bad row and nothing is stored.
 * <p>
 * Organisations (optional): {@code key,name,type,region_code,industries,language}.
 * Listings: {@code key,organisation,kind,factor,language,title,description,industries,
 * region_code,terms,trl,budget_min_cny,budget_max_cny,valid_until} where
 * {@code organisation} is a key of the organisations file or the name of a registered
 * organisation, and {@code industries} and {@code terms} are separated by {@code |}.
 */
public interface ListingImports {

	/**
	 * What an import did.
	 */
	record Imported(int organisations, int listings, int unchanged) {

	}

	/**
	 * Imports published listings; a listing whose key was imported before is left as it
	 * is.
	 * @param organisationsCsv the organisations file's text, or null
	 * @param listingsCsv the listings file's text
	 * @param source the file name, for errors ("listings.csv:12: industries: …")
	 * @param demo whether these are demonstration data
	 * @throws org.corridor.support.InvalidInputException naming file, line and field
	 */
	Imported importCsv(String organisationsCsv, String listingsCsv, String source, boolean demo);

}
