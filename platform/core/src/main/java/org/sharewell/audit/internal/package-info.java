@NullMarked
package org.sharewell.audit.internal;

import org.jspecify.annotations.NullMarked;
