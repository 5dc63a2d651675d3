@NullMarked
package org.sharewell.admin.settings;

import org.jspecify.annotations.NullMarked;
