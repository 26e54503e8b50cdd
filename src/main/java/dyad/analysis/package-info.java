/**
 * Analyses of a model's outputs over its parameters: global sensitivity (Sobol indices, Morris elementary
 * effects) and scenario discovery (PRIM). The estimators are pure functions on arrays: a design lists the
 * points of the unit cube to evaluate, and an estimator takes the outputs in design order. This package uses
 * {@code dyad.batch}, {@code dyad.model} and {@code dyad.scenario}, never the charts or the command line.
 */
package dyad.analysis;
