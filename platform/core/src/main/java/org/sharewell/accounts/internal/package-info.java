@NullMarked
package org.sharewell.accounts.internal;

import org.jspecify.annotations.NullMarked;
