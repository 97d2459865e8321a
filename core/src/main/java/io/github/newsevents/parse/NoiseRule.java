package io.github.newsevents.parse;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named rule that removes whole lines of page furniture ("Advertisement", "Also read: ...").
 * The pattern must match the whole trimmed line ({@link java.util.regex.Matcher#matches()}), so
 * a rule can never cut a sentence of news in two. Immutable.
 */
public final class NoiseRule {
  private final String name;
  private final Pattern pattern;

  private NoiseRule(String name, Pattern pattern) {
    this.name = Objects.requireNonNull(name, "name");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    if (name.isBlank()) {
      throw new IllegalArgumentException("NoiseRule.name must not be blank");
    }
  }

  /** A rule removing every line that {@code pattern} matches entirely. */
  public static NoiseRule of(String name, Pattern pattern) {
    return new NoiseRule(name, pattern);
  }

  /** A rule from a regular expression, compiled case-insensitively. */
  public static NoiseRule ofRegex(String name, String regex) {
    return new NoiseRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  public String name() {
    return name;
  }

  public Pattern pattern() {
    return pattern;
  }

  /** Whether the trimmed {@code line} is noise by this rule. */
  public boolean matches(CharSequence line) {
    return pattern.matcher(line).matches();
  }

  /** The built-in rules, in the order they are tried. */
  public static List<NoiseRule> defaults() {
    return DEFAULTS;
  }

  private static final List<NoiseRule> DEFAULTS = List.of(
      ofRegex("advertisement", "(?:advert(?:i[sz]e?ment|isment|isement)s?|ads?|sponsored(?: content)?|story continues below(?: advertisement)?)[.:]?"),
      ofRegex("also-read", "also read\\s*+[:|\\-\u2013\u2014]?[^\\n]{0,400}+"),
      ofRegex("read-more", "(?:read more|more to read|related(?: stories| articles| news)?|recommended(?: stories)?)\\s*+(?:[:|\\-\u2013\u2014>][^\\n]{0,400}+)?"),
      ofRegex("watch", "watch\\s*+[:|\u2013\u2014-][^\\n]{0,400}+"),
      ofRegex("click-here", "click here[^\\n]{0,200}+"),
      ofRegex("newsletter", "(?:sign up|subscribe)\\b[^\\n]{0,200}+(?:newsletter|updates|alerts|inbox)[^\\n]{0,100}+"),
      ofRegex("share-bar", "(?:share(?: this(?: article| story)?)?|share on)(?:\\s*+(?:[:|]|facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit|copy link)){0,10}+"),
      ofRegex("photo-credit", "\\(?(?:photo|file photo|image|picture|photograph)(?: credit)?\\s*+[:|(][^\\n]{0,200}+|\\((?:photo|image)s?\\s*+[:|][^)]{0,100}+\\)|file photo"),
      ofRegex("copyright", "(?:\u00a9|\\(c\\)|copyright)\\s*+[^\\n]{0,200}+"),
      ofRegex("agency-credit", "\\(?(?:with inputs? from [^)\\n]{1,80}+|this story has been published from a wire agency feed[^)\\n]{0,80}+)\\)?\\.?|\\(?(?:reporting|additional reporting|writing|compiled|editing) by [^\\n]{1,400}+"),
      of("byline", Pattern.compile("(?:(?i:by|author\\s*+:|written by)\\s*+)\\p{Lu}[\\p{L}.'\\-]{1,40}+(?:\\s++(?:\\p{Lu}[\\p{L}.'\\-]{1,40}+|and|&)){0,6}+")),
      ofRegex("scroll", "scroll down for (?:videos?|more)[^\\n]{0,40}+"),
      ofRegex("timestamp", "(?:published|updated|last updated)\\s*+:[^\\n]{0,200}+"));
}
