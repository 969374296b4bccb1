package org.corridor.analytics;

import java.util.List;

/**
 * The DEA results of all DMUs.
 *
 * @param spec the model solved
 * @param dmus one result per DMU, in the order of the data
 * @param warnings remarks on the data (weak discrimination, zero rows)
 */
public record DeaResult(DeaSpec spec, List<DmuEfficiency> dmus, List<String> warnings) {

	public DeaResult {
		dmus = List.copyOf(dmus);
		warnings = List.copyOf(warnings);
	}

}
