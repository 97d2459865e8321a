package io.github.newsevents.testkit.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.testkit.DevCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldFormatTest {
  private static final GoldFormat FORMAT = GoldFormat.standard();

  /** A gold file in the corpus's layout, written for this test. */
  private static final String SMALL = String.join("\n",
      "{",
      " \"article\": {",
      "  \"date\": \"2031-05-02\",",
      "  \"headline\": \"Envoys meet in Valmora\",",
      "  \"source\": \"Test Wire\"",
      " },",
      " \"actors\": [",
      "  {",
      "   \"name\": \"Arno Keltic\",",
      "   \"kind\": \"PERSON\",",
      "   \"title\": \"foreign minister\",",
      "   \"affiliation\": \"Norvania\",",
      "   \"aliases\": [",
      "    \"Keltic\"",
      "   ]",
      "  },",
      "  {",
      "   \"name\": \"Norvania\",",
      "   \"kind\": \"STATE\",",
      "   \"title\": null,",
      "   \"affiliation\": null,",
      "   \"aliases\": [],",
      "   \"optional\": true,",
      "   \"note\": \"named once, in a caption\"",
      "  }",
      " ],",
      " \"statements\": [",
      "  {",
      "   \"speaker\": \"Arno Keltic\",",
      "   \"quote\": \"We came to listen \\u201cfirst\\u201d\",",
      "   \"kind\": \"DIRECT\",",
      "   \"fragment\": false",
      "  }",
      " ],",
      " \"meetings\": [",
      "  {",
      "   \"participants\": [",
      "    \"Arno Keltic\",",
      "    \"Mira Oskan\"",
      "   ],",
      "   \"location\": \"Valmora\",",
      "   \"date\": \"2031-05\",",
      "   \"date_precision\": \"MONTH\",",
      "   \"kind\": \"TALKS\",",
      "   \"status\": \"PLANNED\",",
      "   \"mediators\": [",
      "    \"Lusaria\"",
      "   ]",
      "  }",
      " ],",
      " \"ceasefires\": [",
      "  {",
      "   \"parties\": [",
      "    \"Norvania\",",
      "    \"Tessary\"",
      "   ],",
      "   \"scope\": \"PARTIAL\",",
      "   \"scope_note\": \"ports\",",
      "   \"duration_days\": 30,",
      "   \"date\": null,",
      "   \"date_precision\": null,",
      "   \"status\": \"PROPOSED\",",
      "   \"proposer\": \"Lusaria\"",
      "  }",
      " ],",
      " \"notes\": \"Written for the test.\"",
      "}");

  @Test
  void readsEveryPartOfTheFormat() {
    Gold gold = FORMAT.parse(SMALL.replace("\\u201c", "\u201c").replace("\\u201d", "\u201d"));

    assertThat(gold.article().orElseThrow().date()).contains(PartialDate.of(2031, 5, 2));
    assertThat(gold.actors()).hasSize(2);
    GoldActor keltic = gold.actors().get(0);
    assertThat(keltic.name()).isEqualTo("Arno Keltic");
    assertThat(keltic.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(keltic.aliases()).containsExactly("Keltic");
    assertThat(keltic.optional()).isEmpty();
    assertThat(gold.actors().get(1).isOptional()).isTrue();
    assertThat(gold.actors().get(1).title()).isEmpty();

    GoldStatement s = gold.statements().get(0);
    assertThat(s.quote()).isEqualTo("We came to listen \u201cfirst\u201d");
    assertThat(s.fragment()).contains(false);
    assertThat(s.speakerUnnamed()).isEmpty();

    GoldMeeting m = gold.meetings().get(0);
    assertThat(m.participants()).containsExactly("Arno Keltic", "Mira Oskan");
    assertThat(m.date()).contains(PartialDate.ofMonth(2031, 5));
    assertThat(m.datePrecision()).contains(PartialDate.Precision.MONTH);
    assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
    assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(m.mediators()).containsExactly("Lusaria");

    GoldCeasefire c = gold.ceasefires().get(0);
    assertThat(c.scope()).contains(CeasefireScope.PARTIAL);
    assertThat(c.durationDays()).contains(30);
    assertThat(c.date()).isEmpty();
    assertThat(c.status()).isEqualTo(CeasefireStatus.PROPOSED);
    assertThat(c.proposer()).contains("Lusaria");
    assertThat(gold.notes()).contains("Written for the test.");
    assertThat(gold.actor("Keltic")).contains(keltic);
  }

  @Test
  void writesTheCorpusLayoutByteForByte() {
    String unicode = SMALL.replace("\\u201c", "\u201c").replace("\\u201d", "\u201d");

    assertThat(FORMAT.write(FORMAT.parse(unicode))).isEqualTo(unicode);
    assertThat(FORMAT.escapingNonAscii().write(FORMAT.parse(SMALL))).isEqualTo(SMALL);
  }

  @Test
  void writesEmptyOptionalsTheWayTheCorpusDoes() {
    Gold gold = new Gold.Builder()
        .addStatement(new GoldStatement.Builder()
            .speaker("Mira Oskan").quote("Not today").kind(io.github.newsevents.model.StatementKind.DIRECT)
            .build())
        .build();

    assertThat(FORMAT.write(gold)).isEqualTo(String.join("\n",
        "{",
        " \"actors\": [],",
        " \"statements\": [",
        "  {",
        "   \"speaker\": \"Mira Oskan\",",
        "   \"quote\": \"Not today\",",
        "   \"kind\": \"DIRECT\"",
        "  }",
        " ],",
        " \"meetings\": [],",
        " \"ceasefires\": []",
        "}"));
  }

  @Test
  void takesTheLayoutOfAFile() {
    String escaped = SMALL + "\n";
    GoldFormat format = FORMAT.withLayoutOf(escaped);

    assertThat(format.write(format.parse(escaped))).isEqualTo(escaped);
    assertThat(FORMAT.write(FORMAT.parse(escaped))).doesNotEndWith("\n").doesNotContain("\\u201c");
    assertThat(FORMAT.endingWithNewline().write(new Gold.Builder().build()))
        .isEqualTo("{\n \"actors\": [],\n \"statements\": [],\n \"meetings\": [],\n \"ceasefires\": []\n}\n");
  }

  @Test
  void escapesAsPythonDoes() {
    Gold gold = FORMAT.parse("{\"notes\": \"tab\\there \\\"q\\\" back\\\\slash \\u0001 caf\\u00e9 \\ud83d\\ude00 \\u007f\"}");

    assertThat(FORMAT.write(gold)).contains(
        "\"notes\": \"tab\\there \\\"q\\\" back\\\\slash \\u0001 café \uD83D\uDE00 \u007f\"");
    assertThat(FORMAT.escapingNonAscii().write(gold)).contains(
        "\"notes\": \"tab\\there \\\"q\\\" back\\\\slash \\u0001 caf\\u00e9 \\ud83d\\ude00 \\u007f\"");
  }

  @Test
  void keepsUnknownFieldsInOrderAndWritesThemBack() {
    String json = String.join("\n",
        "{",
        " \"actors\": [",
        "  {",
        "   \"name\": \"Mira Oskan\",",
        "   \"kind\": \"PERSON\",",
        "   \"title\": null,",
        "   \"affiliation\": null,",
        "   \"aliases\": [],",
        "   \"wikidata\": \"Q0\",",
        "   \"confidence\": 0.750",
        "  }",
        " ],",
        " \"statements\": [],",
        " \"meetings\": [],",
        " \"ceasefires\": [],",
        " \"annotator\": {",
        "  \"name\": \"test\",",
        "  \"rounds\": [",
        "   1,",
        "   2",
        "  ]",
        " }",
        "}");

    Gold gold = FORMAT.parse(json);

    assertThat(gold.actors().get(0).unknownFields())
        .containsExactly(java.util.Map.entry("wikidata", "\"Q0\""), java.util.Map.entry("confidence", "0.750"));
    assertThat(gold.unknownFields()).containsOnlyKeys("annotator");
    assertThat(FORMAT.write(gold)).isEqualTo(json);
  }

  @Test
  void rejectingUnknownFieldsNamesTheirPath() {
    String json = "{\"meetings\": [{\"participants\": [], \"kind\": \"TALKS\", \"status\": \"HELD\", \"venue\": \"x\"}]}";

    assertThatThrownBy(() -> FORMAT.rejectingUnknownFields().parse(json, "x.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("x.json: $.meetings[0].venue: unknown field (known: participants, location,")
        .satisfies(e -> assertThat(((GoldFormatException) e).path()).contains("$.meetings[0].venue"));
  }

  @Test
  void textThatIsNotJsonIsReportedWithItsLineAndColumn() {
    assertThatThrownBy(() -> FORMAT.parse("{\n \"actors\": [,]\n}", "bad.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("bad.json: not JSON (line 2, column 13)")
        .satisfies(e -> {
          GoldFormatException g = (GoldFormatException) e;
          assertThat(g.notJson()).isTrue();
          assertThat(g.path()).isEmpty();
          assertThat(g.line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> FORMAT.parse("{} {}")).hasMessageStartingWith("<string>: not JSON");
    assertThatThrownBy(() -> FORMAT.parse("")).hasMessageStartingWith("<string>: not JSON");
  }

  @Test
  void jsonOfTheWrongShapeIsReportedWithItsPath() {
    assertShape("[]", "$: expected an object, got array []");
    assertShape("{\"actors\": {}}", "$.actors: expected an array, got object {}");
    assertShape("{\"actors\": [{\"kind\": \"PERSON\"}]}", "$.actors[0].name: is required");
    assertShape("{\"actors\": [{\"name\": \"A\", \"kind\": \"PERSONA\"}]}",
        "$.actors[0].kind: expected one of PERSON, ORGANIZATION, STATE, GROUP, got \"PERSONA\"");
    assertShape("{\"actors\": [{\"name\": \"A\", \"kind\": \"STATE\", \"aliases\": [\"\"]}]}",
        "$.actors[0].aliases[0]: expected a non-blank string, got string \"\"");
    assertShape("{\"statements\": [{\"speaker\": \"A\", \"quote\": \"q\", \"fragment\": \"yes\"}]}",
        "$.statements[0].fragment: expected true, false or null, got string \"yes\"");
    assertShape("{\"meetings\": [{\"kind\": \"TALKS\", \"status\": \"DONE\"}]}",
        "$.meetings[0].status: expected one of HELD, PLANNED, POSSIBLE, CANCELLED, got \"DONE\"");
    assertShape("{\"meetings\": [{\"kind\": \"TALKS\", \"status\": \"HELD\", \"date\": \"2025-02-30\"}]}",
        "$.meetings[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"2025-02-30\"");
    assertShape("{\"meetings\": [{\"kind\": \"TALKS\", \"status\": \"HELD\", \"date\": \"2025-02\","
        + " \"date_precision\": \"DAY\"}]}",
        "$.meetings[0].date_precision: is DAY but date is \"2025-02\" (MONTH)");
    assertShape("{\"ceasefires\": [{\"status\": \"AGREED\", \"duration_days\": 0}]}",
        "$.ceasefires[0].duration_days: expected a positive whole number of days or null, got 0");
    assertShape("{\"ceasefires\": [{\"status\": \"AGREED\", \"duration_days\": 2.5}]}",
        "$.ceasefires[0].duration_days: expected a positive whole number of days or null, got 2.5");
  }

  @Test
  void aDuplicateKeyIsNotSilentlyResolved() {
    assertThatThrownBy(() -> FORMAT.parse("{\"notes\": \"a\", \"notes\": \"b\"}"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("Duplicate field 'notes'");
  }

  @Test
  void readsAFileAndADirectoryByName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("007.json"), SMALL, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("002.json"), "{}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("readme.txt"), "not gold", StandardCharsets.UTF_8);
    Files.write(dir.resolve("bad.bin"), new byte[] {(byte) 0xff});

    SortedMap<String, Gold> golds = FORMAT.readDirectory(dir);

    assertThat(golds.keySet()).containsExactly("002", "007");
    assertThat(golds.get("007").meetings()).hasSize(1);
    Files.write(dir.resolve("009.json"), new byte[] {'{', (byte) 0xff, '}'});
    assertThatThrownBy(() -> FORMAT.read(dir.resolve("009.json")))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageEndingWith("009.json: not JSON: not UTF-8 text");
  }

  // --- the development corpus

  static List<Path> devGoldFiles() {
    return DevCorpus.goldFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devGoldFiles")
  void everyDevGoldFileReadsAndWritesBackByteForByte(Path file) throws IOException {
    String original = Files.readString(file, StandardCharsets.UTF_8);
    // the corpus holds files of each kind: UTF-8 text or ASCII with \\u escapes, with or
    // without a final line break
    GoldFormat format = FORMAT.withLayoutOf(original);

    Gold gold = format.rejectingUnknownFields().read(file);

    String written = format.write(gold);
    assertThat(written).as("first difference at line %s", firstDifferentLine(written, original))
        .isEqualTo(original);
  }

  private static String firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return (i + 1) + ": written " + x[i] + " | file " + y[i];
      }
    }
    return x.length == y.length ? "none" : "end (" + x.length + " lines written, " + y.length + " in the file)";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devGoldFiles")
  void everyDevGoldFileWritesBackEqualAsJson(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();

    String written = FORMAT.write(FORMAT.read(file));

    assertThat(json.readTree(written)).isEqualTo(json.readTree(file.toFile()));
  }

  @Test
  void theDevCorpusHasGoldFiles() {
    assumeFalse(devGoldFiles().isEmpty(), "no development corpus");
    assertThat(devGoldFiles()).hasSizeGreaterThanOrEqualTo(61);
  }

  private static void assertShape(String json, String message) {
    assertThatThrownBy(() -> FORMAT.parse(json, "g.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("g.json: " + message)
        .satisfies(e -> assertThat(((GoldFormatException) e).notJson()).isFalse());
  }
}
