/** Expected-facts files and the accuracy report that compares parser output with them. */
package org.disclosurelake.accuracy;
