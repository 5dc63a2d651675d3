@NullMarked
package org.sharewell.mail.internal;

import org.jspecify.annotations.NullMarked;
