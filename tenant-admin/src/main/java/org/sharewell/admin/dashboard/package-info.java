@NullMarked
package org.sharewell.admin.dashboard;

import org.jspecify.annotations.NullMarked;
