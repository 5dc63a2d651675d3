@NullMarked
package org.sharewell.demo.internal;

import org.jspecify.annotations.NullMarked;
