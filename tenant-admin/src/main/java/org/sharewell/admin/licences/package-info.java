@NullMarked
package org.sharewell.admin.licences;

import org.jspecify.annotations.NullMarked;
