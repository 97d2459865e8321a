package io.github.newsevents.hostile;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every span of an extraction, named by its path, for checks that they lie inside the input. */
public final class Spans {
  private Spans() {}

  /** The spans of {@code x} that do not lie inside {@code [0, length]}, each as "path: span". */
  public static List<String> outside(Extraction x, int length) {
    List<String> out = new ArrayList<>();
    Article a = x.article();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      Paragraph p = a.paragraphs().get(i);
      check(out, "article.paragraphs[" + i + "]", p.span(), length);
      for (int j = 0; j < p.sentences().size(); j++) {
        Sentence s = p.sentences().get(j);
        check(out, "article.paragraphs[" + i + "].sentences[" + j + "]", s.span(), length);
      }
    }
    for (int i = 0; i < a.removed().size(); i++) {
      Removal r = a.removed().get(i);
      check(out, "article.removed[" + i + "]", r.span(), length);
    }
    a.dateline().ifPresent(d -> check(out, "article.dateline", d.span(), length));
    diagnostics(out, "article.diagnostics", a.diagnostics(), length);
    for (int i = 0; i < x.actors().size(); i++) {
      Actor actor = x.actors().get(i);
      for (int j = 0; j < actor.mentions().size(); j++) {
        check(out, "actors[" + i + "].mentions[" + j + "]", actor.mentions().get(j), length);
      }
    }
    for (int i = 0; i < x.statements().size(); i++) {
      Statement s = x.statements().get(i);
      int index = i;
      s.span().ifPresent(span -> check(out, "statements[" + index + "].span", span, length));
    }
    for (int i = 0; i < x.meetings().size(); i++) {
      Meeting m = x.meetings().get(i);
      for (int j = 0; j < m.evidence().size(); j++) {
        check(out, "meetings[" + i + "].evidence[" + j + "]", m.evidence().get(j), length);
      }
    }
    for (int i = 0; i < x.ceasefires().size(); i++) {
      Ceasefire c = x.ceasefires().get(i);
      for (int j = 0; j < c.evidence().size(); j++) {
        check(out, "ceasefires[" + i + "].evidence[" + j + "]", c.evidence().get(j), length);
      }
    }
    diagnostics(out, "diagnostics", x.diagnostics(), length);
    return out;
  }

  private static void diagnostics(List<String> out, String path, List<Diagnostic> ds, int length) {
    for (int i = 0; i < ds.size(); i++) {
      int index = i;
      ds.get(i).span().ifPresent(span -> check(out, path + "[" + index + "]", span, length));
    }
  }

  private static void check(List<String> out, String path, Span span, int length) {
    if (span.start() < 0 || span.end() > length || span.end() < span.start()) {
      out.add(path + ": " + span);
    }
  }
}
