@NullMarked
package org.sharewell.admin.membership;

import org.jspecify.annotations.NullMarked;
