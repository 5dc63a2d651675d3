@NullMarked
package org.sharewell.timetable.internal;

import org.jspecify.annotations.NullMarked;
