package dev.docket.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobStateTest {
  /** The table in JobState's Javadoc, written out again independently: rows = from, columns = to. */
  private static final String[] TABLE = {
      //          queued active completed failed cancelled
      /* queued    */ "0 1 0 1 1",
      /* active    */ "1 0 1 1 1",
      /* completed */ "0 0 0 0 0",
      /* failed    */ "1 0 0 0 0",
      /* cancelled */ "0 0 0 0 0",
  };

  static Stream<Arguments> everyPair() {
    JobState[] states = JobState.values();
    Stream.Builder<Arguments> pairs = Stream.builder();
    for (int from = 0; from < states.length; from++) {
      String[] row = TABLE[from].split(" ");
      for (int to = 0; to < states.length; to++) {
        pairs.add(Arguments.of(states[from], states[to], row[to].equals("1")));
      }
    }
    return pairs.build();
  }

  @ParameterizedTest(name = "{0} -> {1} allowed={2}")
  @MethodSource("everyPair")
  void transitionIsAllowedExactlyAsTheTableSays(JobState from, JobState to, boolean allowed) {
    assertEquals(allowed, from.canMoveTo(to));
  }

  @ParameterizedTest
  @MethodSource("everyPair")
  void finishedStatesAreTheOnesOnlyRetryLeaves(JobState from, JobState to, boolean allowed) {
    if (from.isFinished() && allowed) {
      assertEquals(JobState.FAILED, from, "only failed jobs may leave a finished state (manual retry)");
      assertEquals(JobState.QUEUED, to);
    }
  }

  @org.junit.jupiter.api.Test
  void wireNamesRoundTrip() {
    for (JobState s : JobState.values()) {
      assertEquals(s, JobState.fromWire(s.wireName()));
    }
    assertEquals("queued", JobState.QUEUED.wireName());
  }
}
