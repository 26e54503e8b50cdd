/**
 * The building blocks of futures of a relationship: models of how a monthly series may go on past its data
 * ({@link dyad.analysis.futures.PathModel}), processes that draw blows and thaws in the months ahead
 * ({@link dyad.analysis.futures.EventProcess}), and the scenario that one drawn future makes
 * ({@link dyad.analysis.futures.FutureScenario}). Every draw takes a generator keyed by the futures' seed and the
 * future's number ({@link dyad.analysis.futures.FutureGenerators}), so a future is a pure function of its inputs.
 * This package uses {@code dyad.scenario} and {@code dyad.model}, never the charts or the command line.
 */
package dyad.analysis.futures;
