package io.github.newsevents.benchmarks;

import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of the model itself: building a value through its strict builder, and date parsing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelBenchmark {
  String date = "2025-04-11";

  @Benchmark
  public Meeting buildMeeting() {
    return new Meeting.Builder()
        .addParticipants("steve-witkoff", "yuri-ushakov")
        .location(Place.of("St. Petersburg", "RUS"))
        .date(PartialDate.parse(date))
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.HELD)
        .build();
  }

  @Benchmark
  public PartialDate parseDate() {
    return PartialDate.parse(date);
  }
}
