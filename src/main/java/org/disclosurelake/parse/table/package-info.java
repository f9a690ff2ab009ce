/** Label-anchored table reading shared by every form: rows found by their labels, cells split and checked. */
package org.disclosurelake.parse.table;
