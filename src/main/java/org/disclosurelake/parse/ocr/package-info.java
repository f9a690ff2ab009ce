/** Scanned reports: page images, ruling lines found in the raster, cells read one by one with tesseract. */
package org.disclosurelake.parse.ocr;
