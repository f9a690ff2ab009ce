package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LakeJobTest {

  @Test
  void parsedRowsFillEightPartitionsPerCoreUntilTheyHoldTenThousandDocumentsEach() {
    assertEquals(16, LakeJob.parsedPartitions(2, 7));
    assertEquals(16, LakeJob.parsedPartitions(2, 100_000));
    assertEquals(100, LakeJob.parsedPartitions(2, 1_000_000));
    assertEquals(101, LakeJob.parsedPartitions(2, 1_000_001));
    assertEquals(800, LakeJob.parsedPartitions(100, 1_000_000));
    assertEquals(8, LakeJob.parsedPartitions(0, 0));
  }
}
