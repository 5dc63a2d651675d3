@NullMarked
package org.sharewell.admin.audit;

import org.jspecify.annotations.NullMarked;
