@NullMarked
package org.sharewell.people.internal;

import org.jspecify.annotations.NullMarked;
