package io.github.newsevents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline line: {@code By Jane Doe}, {@code by Jane Doe and John Roe}, {@code BY JANE
 * DOE}, {@code Author: Jane Doe}, {@code Written by Jane Doe}, optionally followed by {@code for
 * Outlet} or a timestamp ({@code By Jane Doe | Updated ...}). Each name is one to five capitalised
 * words (with particles such as {@code de}, {@code van}, {@code al}); a line that goes on like a
 * sentence ("By the end of the week, ...") or names a day ("By Monday") is not a byline.
 */
public final class Bylines {
  /** Longest line taken for a byline. */
  public static final int MAX_LENGTH = 160;

  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}+";
  private static final String PARTICLE =
      "(?:de|da|van|von|der|den|al|bin|ibn|le|la|del|di|du|dos|das|el|ter)";
  private static final String NAME =
      WORD + "(?:\\h++(?:" + PARTICLE + "\\h++){0,2}" + WORD + "){0,4}";
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?:(?i:by)\\h*+:?|(?i:written\\h++by|authors?|reporter|reported\\h++by)\\h*+:)\\h*+"
              + "(?<names>"
              + NAME
              + "(?:\\h*+(?:,|;|&|and)\\h*+"
              + NAME
              + "){0,5})"
              + "(?:\\h++(?:for|in|at)\\h++.{1,60}+"
              + "|\\h*+[|\\-–—]\\h*+.{1,80}+"
              + "|\\h*+,\\h*+(?i:updated|published|posted)\\b.{0,80}+)?");

  private static final WordSet NOT_NAMES =
      WordSet.ignoringCase(
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
          "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Then", "Now", "Today", "Tomorrow", "Tonight", "Yesterday",
          "Noon", "Midnight", "Contrast", "Comparison", "Law", "Far", "All", "Default", "Design",
          "The", "This", "That", "Order", "Decree", "Way");

  private Bylines() {}

  /** The authors a byline line {@code text[from, to)} (trimmed) names, if it is one. */
  public static Optional<List<String>> read(CharSequence text, int from, int to) {
    if (to - from > MAX_LENGTH || to - from < 4) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(text).region(from, to);
    if (!m.matches()) {
      return Optional.empty();
    }
    int ns = m.start("names");
    int firstEnd = ns;
    while (firstEnd < m.end("names") && Character.isLetter(text.charAt(firstEnd))) {
      firstEnd++;
    }
    if (NOT_NAMES.contains(text, ns, firstEnd)) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>(2);
    HeaderReader.addAuthors(text, ns, m.end("names"), authors);
    return authors.isEmpty() ? Optional.empty() : Optional.of(authors);
  }
}
