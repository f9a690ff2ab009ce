/** Who may connect to {@code serve}: the users file of salted password hashes and its HiveServer2 adapter. */
package org.disclosurelake.serve;
