package org.disclosurelake.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * One report before rendering: who, when, the body as blocks, and the figures it prints.
 *
 * @param agency the reporting body
 * @param figures the printed figures (after any deliberate break and blanking)
 * @param title the report title
 * @param published the publication date
 * @param blocks the body
 */
record Draft(Agency agency, Figures figures, String title, LocalDate published, List<Block> blocks) {

  Draft {
    blocks = List.copyOf(blocks);
  }
}
