@NullMarked
package org.sharewell.admin.people;

import org.jspecify.annotations.NullMarked;
