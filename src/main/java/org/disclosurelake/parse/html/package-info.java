/** HTML reports: charset, main-content detection, tables flattened into pipe rows with spans resolved. */
package org.disclosurelake.parse.html;
