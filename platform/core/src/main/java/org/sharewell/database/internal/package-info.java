@NullMarked
package org.sharewell.database.internal;

import org.jspecify.annotations.NullMarked;
