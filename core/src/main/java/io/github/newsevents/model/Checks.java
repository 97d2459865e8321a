package io.github.newsevents.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Invariant checks shared by the value types; each message names the attribute. */
final class Checks {

  private Checks() {}

  static void notBlank(String value, String type, String attribute) {
    if (value.isBlank()) {
      throw new IllegalStateException(type + "." + attribute + " must not be blank");
    }
  }

  static void notBlank(Collection<String> values, String type, String attribute) {
    for (String value : values) {
      if (value.isBlank()) {
        throw new IllegalStateException(type + "." + attribute + " must not contain a blank entry");
      }
    }
  }

  static void distinct(Collection<String> values, String type, String attribute) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value)) {
        throw new IllegalStateException(
            type + "." + attribute + " lists '" + value + "' more than once");
      }
    }
  }

  /**
   * Whether {@code id} is lower-case letters (or other letters without case) and ASCII digits in
   * runs joined by single hyphens: what {@link Actor#ID} matches, checked without a regex.
   */
  static boolean slug(String id) {
    int n = id.length();
    if (n == 0 || id.charAt(0) == '-' || id.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; ) {
      int c = id.codePointAt(i);
      if (c == '-') {
        if (id.charAt(i - 1) == '-') {
          return false;
        }
      } else if (!(c >= '0' && c <= '9') && Character.getType(c) != Character.LOWERCASE_LETTER
          && Character.getType(c) != Character.OTHER_LETTER) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  static void countryCode(String code, String type, String attribute) {
    boolean alpha3 = code.length() == 3;
    for (int i = 0; alpha3 && i < 3; i++) {
      char c = code.charAt(i);
      alpha3 = c >= 'A' && c <= 'Z';
    }
    if (!alpha3) {
      throw new IllegalStateException(
          type + "." + attribute + " must be an ISO 3166-1 alpha-3 code (three capital letters), got '"
              + code + "'");
    }
  }
}
