@NullMarked
package org.sharewell.licensing.internal;

import org.jspecify.annotations.NullMarked;
