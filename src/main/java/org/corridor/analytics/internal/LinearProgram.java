package org.corridor.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A small linear program in the shape DEA needs — non-negative variables, dense rows,
 * {@code ≤ / ≥ / =} constraints, one linear objective — solved by ojAlgo's simplex.
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
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		Variable[] x = new Variable[this.variables];
		for (int v = 0; v < this.variables; v++) {
			x[v] = model.addVariable("x" + v).lower(0);
			if (this.objective[v] != 0) {
				x[v].weight(this.objective[v]);
			}
		}
		int r = 0;
		for (Row row : this.rows) {
			Expression expression = model.addExpression("r" + r++);
			for (int v = 0; v < this.variables; v++) {
				if (row.coefficients()[v] != 0) {
					expression.set(x[v], row.coefficients()[v]);
				}
			}
			switch (row.sense()) {
				case LE -> expression.upper(row.rhs());
				case GE -> expression.lower(row.rhs());
				case EQ -> expression.level(row.rhs());
			}
		}
		Optimisation.Result result = maximise ? model.maximise() : model.minimise();
		Optimisation.State state = result.getState();
		if (state == Optimisation.State.UNBOUNDED) {
			return new Solution(Status.UNBOUNDED, Double.NaN, new double[0]);
		}
		if (!state.isOptimal()) {
			return new Solution(Status.INFEASIBLE, Double.NaN, new double[0]);
		}
		double[] values = new double[this.variables];
		for (int v = 0; v < this.variables; v++) {
			values[v] = result.doubleValue(v);
		}
		return new Solution(Status.OPTIMAL, result.getValue(), values);
	}

}
