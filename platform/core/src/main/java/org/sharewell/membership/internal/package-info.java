@NullMarked
package org.sharewell.membership.internal;

import org.jspecify.annotations.NullMarked;
