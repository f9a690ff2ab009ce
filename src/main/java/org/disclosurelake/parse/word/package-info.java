/** Word reports (.docx through POI XWPF, legacy .doc through POI HWPF): paragraphs as lines, tables as pipe rows. */
package org.disclosurelake.parse.word;
