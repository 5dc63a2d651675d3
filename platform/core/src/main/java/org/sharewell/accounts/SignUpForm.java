package org.sharewell.accounts;

import org.sharewell.tenancy.TenantKind;

/**
 * What a person fills in to bring their organisation to Sharewell.
 *
 * @param organisationName the organisation's name, as its people know it
 * @param slug             the short name for its web address
 * @param kind             an infrastructure body (such as a CVS) or a local group
 * @param adminName        the name of the person signing up, who becomes its first admin
 * @param email            their email address, which they will sign in with
 * @param password         their new password
 */
public record SignUpForm(String organisationName, String slug, TenantKind kind, String adminName,
                         String email, String password) {

    @Override
    public String toString() {
        return "SignUpForm[organisationName=" + organisationName + ", slug=" + slug + ", kind=" + kind
                + ", adminName=" + adminName + ", email=" + email + ", password=(hidden)]";
    }
}
