package io.github.newsevents.examples;

import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldActor;
import io.github.newsevents.testkit.gold.GoldFormat;
import io.github.newsevents.testkit.gold.GoldMeeting;
import io.github.newsevents.testkit.gold.GoldStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gold annotations in the corpus format: one built by hand for a short article, written with
 * {@link GoldFormat}, read back equal, and written again byte for byte.
 */
public final class GoldFiles {
  private GoldFiles() {}

  public static void main(String[] args) throws IOException {
    Gold gold = new Gold.Builder()
        .addActor(new GoldActor.Builder().name("Ingrid Solberg").kind(ActorKind.PERSON)
            .title("foreign minister").affiliation("Norway").addAlias("Solberg").build())
        .addActor(new GoldActor.Builder().name("Magnus Eriksson").kind(ActorKind.PERSON)
            .affiliation("Iceland").addAlias("Eriksson").build())
        .addStatement(new GoldStatement.Builder().speaker("Ingrid Solberg")
            .quote("We want an agreement before the season opens,").kind(StatementKind.DIRECT)
            .fragment(false).build())
        .addMeeting(new GoldMeeting.Builder().addParticipant("Ingrid Solberg")
            .addParticipant("Magnus Eriksson").location("Oslo").date(PartialDate.of(2025, 6, 2))
            .kind(MeetingKind.IN_PERSON).status(MeetingStatus.HELD).build())
        .notes("Written for this example.")
        .build();

    Path file = Files.createTempFile("gold", ".json");
    try {
      GoldFormat format = GoldFormat.standard();
      format.write(gold, file);
      Gold back = format.read(file);
      System.out.println(Files.readString(file));
      System.out.println("read back equal: " + back.equals(gold));
      System.out.println("written again byte for byte: " + format.write(back).equals(Files.readString(file)));
    } finally {
      Files.delete(file);
    }
  }
}
