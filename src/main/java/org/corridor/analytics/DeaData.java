package org.corridor.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The decision-making units (DMUs) of a DEA: one row per DMU, with its inputs and
 * outputs.
 *
 * @param dmus names of the DMUs, unique
 * @param inputNames names of the inputs
 * @param outputNames names of the outputs
 * @param inputs {@code inputs[j][i]}: input i of DMU j, finite and not negative
 * @param outputs {@code outputs[j][r]}: output r of DMU j, finite and not negative
 */
public record DeaData(List<String> dmus, List<String> inputNames, List<String> outputNames, double[][] inputs,
		double[][] outputs) {

	public DeaData {
		dmus = List.copyOf(dmus);
		inputNames = List.copyOf(inputNames);
		outputNames = List.copyOf(outputNames);
		Objects.requireNonNull(inputs, "inputs");
		Objects.requireNonNull(outputs, "outputs");
		if (dmus.isEmpty()) {
			throw new IllegalArgumentException("no DMUs");
		}
		if (inputNames.isEmpty() || outputNames.isEmpty()) {
			throw new IllegalArgumentException("DEA needs at least one input and one output");
		}
		Set<String> seen = new HashSet<>();
		for (String dmu : dmus) {
			if (!seen.add(dmu)) {
				throw new IllegalArgumentException("DMU " + dmu + " appears twice");
			}
		}
		check("inputs", inputs, dmus, inputNames);
		check("outputs", outputs, dmus, outputNames);
	}

	private static void check(String what, double[][] values, List<String> dmus, List<String> names) {
		if (values.length != dmus.size()) {
			throw new IllegalArgumentException(what + " has " + values.length + " rows for " + dmus.size() + " DMUs");
		}
		for (int j = 0; j < values.length; j++) {
			if (values[j].length != names.size()) {
				throw new IllegalArgumentException(
						what + " of DMU " + dmus.get(j) + " has " + values[j].length + " values, not " + names.size());
			}
			for (int k = 0; k < values[j].length; k++) {
				double v = values[j][k];
				if (!Double.isFinite(v) || v < 0) {
					throw new IllegalArgumentException("DMU " + dmus.get(j) + ", " + names.get(k) + ": " + v
							+ " is not a finite value of 0 or more");
				}
			}
		}
	}

	public int size() {
		return this.dmus.size();
	}

	/**
	 * Warnings about data that runs but discriminates poorly: fewer DMUs than max(m·s,
	 * 3(m+s)) (Cooper, Seiford and Tone's rule of thumb), DMUs with all outputs zero.
	 */
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		int m = this.inputNames.size();
		int s = this.outputNames.size();
		int enough = Math.max(m * s, 3 * (m + s));
		if (size() < enough) {
			warnings.add(size() + " DMUs for " + m + " inputs and " + s + " outputs: fewer than max(m·s, 3(m+s)) = "
					+ enough + ", so many DMUs will look efficient (weak discrimination)");
		}
		for (int j = 0; j < size(); j++) {
			if (allZero(this.outputs[j])) {
				warnings.add("DMU " + this.dmus.get(j) + " has all outputs zero");
			}
			if (allZero(this.inputs[j])) {
				warnings.add("DMU " + this.dmus.get(j) + " has all inputs zero");
			}
		}
		return warnings;
	}

	static boolean allZero(double[] values) {
		for (double v : values) {
			if (v != 0) {
				return false;
			}
		}
		return true;
	}

}
