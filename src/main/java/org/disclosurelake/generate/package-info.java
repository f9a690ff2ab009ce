/** A synthetic corpus of disclosure reports in every supported form, each with its expected facts beside it. */
package org.disclosurelake.generate;
