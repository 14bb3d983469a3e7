package dev.docket.convert;

/** Receives a converter's progress: called after each page (slide, sheet page, image) is written. */
@FunctionalInterface
public interface ProgressListener {
  /**
   * @param pagesDone pages written so far, 0..pagesTotal
   * @param pagesTotal pages the output will have (known before the first page is drawn)
   */
  void onProgress(int pagesDone, int pagesTotal);

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };
}
