@NullMarked
package org.sharewell;

import org.jspecify.annotations.NullMarked;
