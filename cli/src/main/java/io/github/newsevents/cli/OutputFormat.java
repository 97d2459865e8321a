package io.github.newsevents.cli;

/** What {@code extract --format} writes for each article, and the file extension of {@code --out}. */
enum OutputFormat {
  /** The newsevents JSON contract (NewsEventsModule). */
  JSON("json", ".json"),
  /** One GDELT 2.0 event row per event, tab-separated (EventRows). */
  GDELT("gdelt", ".tsv"),
  /** IPTC ninjs 3.1 (Ninjs). */
  NINJS("ninjs", ".json"),
  /** schema.org JSON-LD (SchemaOrg). */
  JSONLD("jsonld", ".jsonld");

  private final String name;
  final String extension;

  OutputFormat(String name, String extension) {
    this.name = name;
    this.extension = extension;
  }

  @Override
  public String toString() {
    return name;
  }

  /** The format named {@code value}, or null. */
  static OutputFormat of(String value) {
    for (OutputFormat f : values()) {
      if (f.name.equals(value)) {
        return f;
      }
    }
    return null;
  }
}
