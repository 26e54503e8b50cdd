/**
 * Analyses of a model's outputs over its parameters: global sensitivity (Sobol indices, Morris elementary
 * effects, and {@code dyad sensitivity}'s files and indices), scenario discovery (PRIM) and the region where a
 * scenario's facts all hold (rejection sampling, {@code dyad region}). The estimators are
 * pure functions on arrays: a design of {@code dyad.batch.design} ({@code SaltelliDesign}, {@code MorrisDesign})
 * lists the points to evaluate, which a sweep runs, and an estimator takes the outputs in design order. This package uses
 * {@code dyad.batch}, {@code dyad.model} and {@code dyad.scenario}, never the charts or the command line.
 */
package dyad.analysis;
