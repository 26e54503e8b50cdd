package dyad.analysis.futures;

/**
 * How one series of the base scenario goes on past its data in every future.
 *
 * @param id     the series' id in the base scenario
 * @param model  the path model, as written
 * @param fitted the model fitted to the series' history over the file's window
 */
public record SeriesUncertainty(String id, PathModel model, PathModel.FittedPath fitted) {
}
