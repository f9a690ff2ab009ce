package org.disclosurelake.parse.pdf;

/**
 * A horizontal or vertical ruling line in page space (origin top left); {@code from <= to}.
 *
 * @param horizontal true for a horizontal line (at y = {@code at}, from x = {@code from} to {@code to})
 * @param at the fixed coordinate (y for horizontal, x for vertical)
 * @param from start of the varying coordinate
 * @param to end of the varying coordinate
 */
record Segment(boolean horizontal, float at, float from, float to) {

  float length() {
    return to - from;
  }

  /** Whether this segment covers the interval [a, b] of its varying coordinate, allowing for small gaps at the ends. */
  boolean covers(float a, float b) {
    float slack = Math.max(1.5f, (b - a) * 0.3f);
    return from <= a + slack && to >= b - slack;
  }
}
