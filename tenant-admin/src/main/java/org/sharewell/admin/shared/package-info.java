/** Parts every page of the interface uses the same way. */
@NullMarked
package org.sharewell.admin.shared;

import org.jspecify.annotations.NullMarked;
