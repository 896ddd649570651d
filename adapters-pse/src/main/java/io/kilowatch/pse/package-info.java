/**
 * The PSE reports API over OkHttp and Jackson, and the on-disk price archive. DTOs are
 * package-private. May import core, OkHttp and Jackson.
 */
@NullMarked
package io.kilowatch.pse;

import org.jspecify.annotations.NullMarked;
