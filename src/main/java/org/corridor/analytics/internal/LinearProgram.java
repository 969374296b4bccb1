package org.corridor.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * A small linear program in the shape DEA needs — non-negative variables, dense rows,
 * {@code ≤ / ≥ / =} constraints, one linear objective — solved by ojAlgo's simplex
 * through its {@link LinearSolver} builder (dense rows straight in, no expression
 * objects), with the dense tableau and the primal simplex: for DEA's programs (a few
 * rows, up to a few thousand columns) that pair took less than half the time of ojAlgo's
 * default choice on the 1,000-DMU benchmark file (BENCHMARKS.md), with the same scores.
 * The primal simplex needs well-scaled rows — on GDP in yuan beside population it
 * reported BCC programs unbounded or infeasible —, so {@code DataEnvelopment} divides
 * each column by its maximum before building programs.
 */
public final class LinearProgram {

	/** The kind of a constraint row. */
	public enum Sense {

		LE, GE, EQ

	}

	/** The outcome of solving. */
	public enum Status {

		OPTIMAL, INFEASIBLE, UNBOUNDED

	}

	/**
	 * A solution.
	 *
	 * @param status whether an optimum was found
	 * @param objective the optimal value, NaN unless optimal
	 * @param values the variables, empty unless optimal
	 */
	public record Solution(Status status, double objective, double[] values) {

	}

	private record Row(double[] coefficients, Sense sense, double rhs) {

	}

	private final int variables;

	private final double[] objective;

	private final List<Row> rows = new ArrayList<>();

	/**
	 * A program over {@code variables} non-negative variables.
	 */
	public LinearProgram(int variables) {
		this.variables = variables;
		this.objective = new double[variables];
	}

	public LinearProgram objective(int variable, double coefficient) {
		this.objective[variable] = coefficient;
		return this;
	}

	/**
	 * Adds the row {@code coefficients · x (sense) rhs}; the array is used as given.
	 */
	public LinearProgram constraint(double[] coefficients, Sense sense, double rhs) {
		if (coefficients.length != this.variables) {
			throw new IllegalArgumentException(
					"row has " + coefficients.length + " coefficients, not " + this.variables);
		}
		this.rows.add(new Row(coefficients, sense, rhs));
		return this;
	}

	public Solution minimise() {
		return solve(false);
	}

	public Solution maximise() {
		return solve(true);
	}

	private Solution solve(boolean maximise) {
		LinearSolver.Builder builder = LinearSolver.newGeneralBuilder();
		double[] objective = this.objective.clone();
		if (maximise) {
			for (int v = 0; v < objective.length; v++) {
				objective[v] = -objective[v];
			}
		}
		builder.objective(objective);
		builder.lower(0.0);
		for (Row row : this.rows) {
			switch (row.sense()) {
				case LE -> builder.inequality(row.rhs(), row.coefficients());
				case GE -> builder.inequality(-row.rhs(), negated(row.coefficients()));
				case EQ -> builder.equality(row.rhs(), row.coefficients());
			}
		}
		Optimisation.Options options = new Optimisation.Options();
		options.sparse = Boolean.FALSE;
		options.linear().primal();
		Optimisation.Result result = builder.build(options).solve();
		Optimisation.State state = result.getState();
		if (state == Optimisation.State.UNBOUNDED) {
			return new Solution(Status.UNBOUNDED, Double.NaN, new double[0]);
		}
		if (!state.isOptimal()) {
			return new Solution(Status.INFEASIBLE, Double.NaN, new double[0]);
		}
		double[] values = new double[this.variables];
		double value = 0;
		for (int v = 0; v < this.variables; v++) {
			values[v] = result.doubleValue(v);
			value += this.objective[v] * values[v];
		}
		return new Solution(Status.OPTIMAL, value, values);
	}

	private static double[] negated(double[] coefficients) {
		double[] negated = new double[coefficients.length];
		for (int v = 0; v < coefficients.length; v++) {
			negated[v] = -coefficients[v];
		}
		return negated;
	}

}
