/** Coverage-guided fuzz tests of the parser (Jazzer) and the invariants every parse result must keep. */
package org.disclosurelake.fuzz;
