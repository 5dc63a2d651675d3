@NullMarked
package org.sharewell.admin.invitation;

import org.jspecify.annotations.NullMarked;
