package org.corridor.analytics;

import java.util.Locale;
import java.util.Objects;

/**
 * Which DEA model to solve.
 *
 * @param model CCR, BCC or SBM
 * @param returnsToScale CRS (CCR; SBM by default) or VRS (BCC; SBM on request)
 * @param orientation input or output for CCR and BCC; none for SBM
 * @param superEfficiency Andersen–Petersen super-efficiency (CCR and BCC): the DMU is
 * left out of its own reference set, so efficient DMUs can score above 1
 */
public record DeaSpec(Model model, ReturnsToScale returnsToScale, Orientation orientation, boolean superEfficiency) {

	public DeaSpec {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(returnsToScale, "returnsToScale");
		Objects.requireNonNull(orientation, "orientation");
		if (model == Model.CCR && returnsToScale != ReturnsToScale.CRS) {
			throw new IllegalArgumentException("the CCR model has constant returns to scale; use bcc for vrs");
		}
		if (model == Model.BCC && returnsToScale != ReturnsToScale.VRS) {
			throw new IllegalArgumentException("the BCC model has variable returns to scale; use ccr for crs");
		}
		if (model == Model.SBM && orientation != Orientation.NONE) {
			throw new IllegalArgumentException("the SBM model here is non-oriented; use --orientation none");
		}
		if (model != Model.SBM && orientation == Orientation.NONE) {
			throw new IllegalArgumentException(model.id() + " needs an orientation: input or output");
		}
		if (model == Model.SBM && superEfficiency) {
			throw new IllegalArgumentException("super-efficiency is available for ccr and bcc");
		}
	}

	/** The envelopment models and the slacks-based measure. */
	public enum Model {

		CCR, BCC, SBM;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Returns to scale of the reference technology. */
	public enum ReturnsToScale {

		CRS, VRS;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Whether inputs shrink (input), outputs grow (output), or both (none, SBM). */
	public enum Orientation {

		INPUT, OUTPUT, NONE;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
