/** PDF reports through Apache PDFBox: text with positions, tables rebuilt into pipe rows. */
package org.disclosurelake.parse.pdf;
