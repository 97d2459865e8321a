package io.github.newsevents.testkit.score;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.testkit.DevCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The corpus tool {@code score-extraction} (Python), run live: its path is the system property
 * {@code newsevents.scorer}, else {@code tools/score-extraction} beside the corpus. A test that
 * needs it is skipped when it or {@code python3} is missing.
 */
final class ReferenceScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Imports the tool as a module and prints, per gold file, the report of that file alone (fresh
   * tallies, its own score_file): the figures {@code --only=ID --json} would print, in one run.
   */
  private static final String PER_ARTICLE = String.join("\n",
      "import importlib.machinery, importlib.util, json, sys",
      "from pathlib import Path",
      "loader = importlib.machinery.SourceFileLoader('score_extraction', sys.argv[1])",
      "spec = importlib.util.spec_from_loader('score_extraction', loader)",
      "m = importlib.util.module_from_spec(spec); loader.exec_module(m)",
      "out = {}",
      "for gf in sorted(Path(sys.argv[2]).glob('*.json')):",
      "    gold = json.loads(gf.read_text(encoding='utf-8'))",
      "    pf = Path(sys.argv[3]) / gf.name",
      "    pred = json.loads(pf.read_text(encoding='utf-8')) if pf.exists() else {}",
      "    T = {k: m.Tally() for k in ('statements', 'statements_with_speaker', 'person_actors', 'meetings', 'ceasefires')}",
      "    m.score_file(gold, pred, T, False, gf.stem)",
      "    out[gf.stem] = {k: v.report() for k, v in T.items()}",
      "print(json.dumps(out))");

  private ReferenceScorer() {}

  static Path script() {
    String configured = System.getProperty("newsevents.scorer");
    Path script = configured != null ? Path.of(configured)
        : DevCorpus.root().resolveSibling("tools").resolve("score-extraction");
    assumeTrue(Files.isRegularFile(script), "no reference scorer at " + script);
    assumeTrue(python(), "no python3 on the PATH");
    return script;
  }

  /** {@code score-extraction GOLD PRED [flags]}: its standard output. */
  static String run(Path gold, Path pred, String... flags) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", script().toString(), gold.toString(), pred.toString()));
    command.addAll(List.of(flags));
    return exec(command);
  }

  /** Per gold file id, the tool's report of that file alone. */
  static JsonNode perArticle(Path gold, Path pred) throws IOException, InterruptedException {
    return JSON.readTree(exec(List.of("python3", "-c", PER_ARTICLE, script().toString(),
        gold.toString(), pred.toString())));
  }

  private static String exec(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("the reference scorer did not finish: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("the reference scorer failed (" + p.exitValue() + "): " + command);
    }
    return out;
  }

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
