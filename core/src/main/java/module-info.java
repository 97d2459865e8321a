/**
 * newsevents: news text in, immutable and validated records of diplomatic events out. The API
 * packages are exported; {@code io.github.newsevents.internal} is not. The model is also open to
 * reflection, for JSON libraries that read it through its builders.
 */
module io.github.newsevents.core {
  requires org.slf4j;
  // annotations of the model's sources; nothing of them is needed at run time
  requires static org.immutables.value.annotations;

  exports io.github.newsevents;
  exports io.github.newsevents.extract;
  exports io.github.newsevents.gazetteer;
  exports io.github.newsevents.interop;
  exports io.github.newsevents.model;
  exports io.github.newsevents.parse;
  exports io.github.newsevents.validate;

  opens io.github.newsevents.model;
}
