package io.github.newsevents.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Invariant checks shared by the value types; each message names the attribute. */
final class Checks {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

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

  static void countryCode(String code, String type, String attribute) {
    if (!ALPHA3.matcher(code).matches()) {
      throw new IllegalStateException(
          type + "." + attribute + " must be an ISO 3166-1 alpha-3 code (three capital letters), got '"
              + code + "'");
    }
  }
}
