package dev.docket.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobIdsTest {
  @Test
  void idsCarry128RandomBitsAndAreUrlSafe() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = JobIds.newId();
      assertTrue(JobIds.isWellFormed(id), id);
      assertEquals(16, Base64.getUrlDecoder().decode(id).length);
      assertTrue(seen.add(id), "duplicate id " + id);
    }
  }

  @Test
  void malformedIdsAreRejected() {
    assertFalse(JobIds.isWellFormed(null));
    assertFalse(JobIds.isWellFormed("short"));
    assertFalse(JobIds.isWellFormed("../../../../etc/passwd!!"));
    assertFalse(JobIds.isWellFormed("AAAAAAAAAAAAAAAAAAAAA/"));
  }
}
