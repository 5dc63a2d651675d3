@NullMarked
package org.sharewell.admin.mailbox;

import org.jspecify.annotations.NullMarked;
