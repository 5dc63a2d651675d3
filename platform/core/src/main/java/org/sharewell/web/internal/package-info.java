@NullMarked
package org.sharewell.web.internal;

import org.jspecify.annotations.NullMarked;
