@NullMarked
package org.sharewell.admin.signup;

import org.jspecify.annotations.NullMarked;
