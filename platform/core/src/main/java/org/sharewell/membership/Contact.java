package org.sharewell.membership;

/**
 * Someone to contact at a member group: one of its tenant admins.
 *
 * @param email null if the group has not recorded one
 */
public record Contact(String name, String email) {
}
