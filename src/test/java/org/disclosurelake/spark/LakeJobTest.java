package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LakeJobTest {

  @Test
  void parsedRowsFillEightPartitionsPerCoreUntilTheyHoldAThousandDocumentsEach() {
    assertEquals(16, LakeJob.parsedPartitions(2, 7));
    assertEquals(16, LakeJob.parsedPartitions(2, 10_000));
    assertEquals(100, LakeJob.parsedPartitions(2, 100_000));
    assertEquals(101, LakeJob.parsedPartitions(2, 100_001));
    assertEquals(1_000, LakeJob.parsedPartitions(2, 1_000_000));
    assertEquals(1_600, LakeJob.parsedPartitions(200, 1_000_000));
    assertEquals(8, LakeJob.parsedPartitions(0, 0));
  }

  @Test
  void reportsAreWrittenFromOnePartitionPerFiveHundredDocuments() {
    assertEquals(1, LakeJob.writePartitions(0));
    assertEquals(1, LakeJob.writePartitions(29));
    assertEquals(1, LakeJob.writePartitions(500));
    assertEquals(2, LakeJob.writePartitions(501));
    assertEquals(10, LakeJob.writePartitions(5_000));
    assertEquals(200, LakeJob.writePartitions(100_000));
  }
}
