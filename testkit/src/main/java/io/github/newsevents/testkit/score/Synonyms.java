package io.github.newsevents.testkit.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The groups of names that stand for one state or body, as the corpus tool builds them: its own
 * groups (United States, Russia, the UN ...), each merged with the first {@code states.tsv} row
 * sharing a name, and a group of its own for every other row (name, ISO code, official names and
 * capitals, normalised). Immutable once built.
 */
final class Synonyms {
  private static final String[][] BUILT_IN = {
    {"united states", "us", "usa", "u.s.", "america", "washington", "united states of america",
        "white house", "trump administration", "us administration"},
    {"russia", "russian federation", "moscow", "kremlin", "rus"},
    {"ukraine", "kyiv", "kiev", "ukr"},
    {"israel", "isr", "jerusalem"},
    {"hamas"},
    {"india", "ind", "new delhi", "delhi"},
    {"pakistan", "pak", "islamabad"},
    {"china", "chn", "beijing", "people's republic of china"},
    {"united kingdom", "uk", "gbr", "britain", "london", "great britain"},
    {"france", "fra", "paris"},
    {"germany", "deu", "berlin"},
    {"turkey", "turkiye", "türkiye", "tur", "ankara"},
    {"qatar", "qat", "doha"},
    {"egypt", "egy", "cairo"},
    {"armenia", "arm", "yerevan"},
    {"azerbaijan", "aze", "baku"},
    {"iran", "irn", "tehran"},
    {"saudi arabia", "sau", "riyadh"},
    {"sudan", "sdn", "khartoum"},
    {"lebanon", "lbn", "beirut"},
    {"hezbollah", "hizbollah"},
    {"european union", "eu"},
    {"united nations", "un", "u.n."},
    {"nato", "north atlantic treaty organization"},
  };

  private static final Synonyms STANDARD = load();

  private final List<Set<String>> groups;

  private Synonyms(List<Set<String>> groups) {
    this.groups = groups;
  }

  static Synonyms standard() {
    return STANDARD;
  }

  /** {@code norm(name)} and every name of every group holding it. */
  Set<String> of(String name) {
    String n = Text.norm(name);
    Set<String> out = new HashSet<>();
    out.add(n);
    for (Set<String> g : groups) {
      if (g.contains(n)) {
        out.addAll(g);
      }
    }
    return out;
  }

  private static Synonyms load() {
    List<Set<String>> groups = new ArrayList<>();
    for (String[] g : BUILT_IN) {
      groups.add(new HashSet<>(List.of(g)));
    }
    try (InputStream in = Synonyms.class.getResourceAsStream("states.tsv")) {
      if (in == null) {
        throw new IllegalStateException("states.tsv is missing from the test kit's jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 2) {
          continue;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < Math.min(3, cells.length); i++) {
          if (!cells[i].isEmpty()) {
            names.add(Text.norm(cells[i]));
          }
        }
        if (cells.length > 3) {
          for (String capital : cells[3].split("\\|", -1)) {
            if (!capital.isEmpty()) {
              names.add(Text.norm(capital));
            }
          }
        }
        Set<String> merged = null;
        for (Set<String> g : groups) {
          if (!java.util.Collections.disjoint(g, names)) {
            merged = g;
            break;
          }
        }
        if (merged != null) {
          merged.addAll(names);
        } else {
          groups.add(names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Synonyms(groups);
  }
}
