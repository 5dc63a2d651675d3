@NullMarked
package org.sharewell.admin.login;

import org.jspecify.annotations.NullMarked;
