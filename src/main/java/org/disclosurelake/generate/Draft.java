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
 * @param ambiguous keys whose glued digits the document does not settle (no value in the truth)
 * @param classes the document's classes, for per-class accuracy
 */
record Draft(Agency agency, Figures figures, String title, LocalDate published, List<Block> blocks,
    java.util.Set<String> ambiguous, List<String> classes) {

  Draft {
    blocks = List.copyOf(blocks);
    ambiguous = java.util.Set.copyOf(ambiguous);
    classes = List.copyOf(classes);
  }
}
