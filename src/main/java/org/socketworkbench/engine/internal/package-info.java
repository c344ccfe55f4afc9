/**
 * Engine internals (not exported by the module): the socket permission rule grammar and matcher
 * shared by {@code SocketPermissions} and {@code SocketsPermissions}, manifest readers, and a
 * strict JSON parser with a Chrome-compatible JSON writer for warning texts.
 */
package org.socketworkbench.engine.internal;
