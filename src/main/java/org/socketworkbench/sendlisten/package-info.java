/**
 * The {@code send} and {@code listen} commands: a payload (with macros) to a host and what comes
 * back; a port that prints what arrives and may answer with reply rules. Both run on the
 * workbench's engine and socket plumbing, headless.
 */
package org.socketworkbench.sendlisten;
