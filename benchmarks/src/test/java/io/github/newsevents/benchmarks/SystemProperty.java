package io.github.newsevents.benchmarks;

/** Sets a system property for the length of a try-with-resources block, then restores it. */
final class SystemProperty implements AutoCloseable {
  private final String key;
  private final String old;

  private SystemProperty(String key, String value) {
    this.key = key;
    this.old = System.getProperty(key);
    System.setProperty(key, value);
  }

  static SystemProperty set(String key, String value) {
    return new SystemProperty(key, value);
  }

  @Override
  public void close() {
    if (old == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, old);
    }
  }
}
