@NullMarked
package org.sharewell.tenancy.internal;

import org.jspecify.annotations.NullMarked;
