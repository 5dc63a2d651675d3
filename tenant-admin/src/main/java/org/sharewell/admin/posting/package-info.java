/**
 * The "can I post this?" pages: the guide from the organisation's policy, the questions people sent
 * to the communications contact, and the pages the contact answers them on.
 */
@NullMarked
package org.sharewell.admin.posting;

import org.jspecify.annotations.NullMarked;
