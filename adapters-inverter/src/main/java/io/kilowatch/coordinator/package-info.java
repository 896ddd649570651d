/**
 * The coordinator's process and files: state files, decision files, process probe and logs. May
 * import core and Jackson.
 */
@NullMarked
package io.kilowatch.coordinator;

import org.jspecify.annotations.NullMarked;
