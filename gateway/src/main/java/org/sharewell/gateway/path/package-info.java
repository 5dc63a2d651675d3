/** The one spelling of an address the gateway accepts, checked before any rule sees the path. */
@NullMarked
package org.sharewell.gateway.path;

import org.jspecify.annotations.NullMarked;
