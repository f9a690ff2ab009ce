package org.disclosurelake.parse.pdf;

import java.util.List;

/**
 * What one page holds for layout: glyphs, ruling lines and how many images it draws.
 *
 * @param number 1-based page number
 * @param width page width
 * @param height page height
 * @param glyphs glyphs in content order
 * @param segments ruling lines
 * @param images number of images drawn
 */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Segment> segments, int images) {

  PageContent {
    glyphs = List.copyOf(glyphs);
    segments = List.copyOf(segments);
  }

  boolean hasText() {
    return glyphs.stream().anyMatch(g -> !g.blank());
  }
}
