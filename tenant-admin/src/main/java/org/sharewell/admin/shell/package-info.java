@NullMarked
package org.sharewell.admin.shell;

import org.jspecify.annotations.NullMarked;
