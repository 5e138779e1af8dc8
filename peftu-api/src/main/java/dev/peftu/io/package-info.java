/**
 * File writing that readers see whole or not at all: {@link dev.peftu.io.AtomicFiles} stages a
 * file or a directory beside its target and moves it into place, so results files, report pages,
 * datasets and stored modules are never left half-written by a failure or a crash.
 */
package dev.peftu.io;
