package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

  @Test
  void onePartitionPerTwentyThousandRowsUpToTheConfiguredCount() {
    assertEquals(1, ShufflePartitions.forRows(32, 0));
    assertEquals(1, ShufflePartitions.forRows(32, 29));
    assertEquals(1, ShufflePartitions.forRows(32, 20_000));
    assertEquals(2, ShufflePartitions.forRows(32, 20_001));
    assertEquals(5, ShufflePartitions.forRows(32, 100_000));
    assertEquals(32, ShufflePartitions.forRows(32, 1_000_000));
    assertEquals(50, ShufflePartitions.forRows(200, 1_000_000));
    assertEquals(1, ShufflePartitions.forRows(1, 1_000_000));
    assertEquals(1, ShufflePartitions.forRows(32, -1));
  }
}
