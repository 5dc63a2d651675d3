/**
 * The people of an organisation: staff, trustees, volunteers and members, their level of trust and
 * key roles, and invitations to log in. What a person may see and do follows from these.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
@NullMarked
package org.sharewell.people;

import org.jspecify.annotations.NullMarked;
