package org.sharewell.membership.internal;

import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantKind;

import java.util.LinkedHashMap;

/** The rules an invitation to be a member group keeps, explained in plain words when one is broken. */
final class MembershipRules {

    static final int SHORTEST_GROUP_NAME = 2;
    static final int LONGEST_GROUP_NAME = 120;

    private MembershipRules() {
    }

    /** Only an infrastructure body, such as a CVS, has member groups. */
    static void checkMayInvite(Tenant umbrella) {
        if (umbrella.kind() != TenantKind.INFRASTRUCTURE_BODY) {
            throw InvalidInput.of("organisation", "Only infrastructure bodies, such as a Council for Voluntary Service, "
                    + "can invite member groups. " + umbrella.name() + " is registered as a local group.");
        }
    }

    /**
     * @param alreadyInvited whether an invitation to this address is still waiting for an answer
     * @return the group's name, trimmed
     * @throws InvalidInput naming each field that breaks a rule
     */
    static String checkedInvitation(String groupName, String email, boolean alreadyInvited) {
        String name = groupName == null ? "" : groupName.strip();
        var problems = new LinkedHashMap<String, String>();
        if (name.length() < SHORTEST_GROUP_NAME || name.length() > LONGEST_GROUP_NAME) {
            problems.put("groupName", name.isEmpty() ? "Enter the group's name."
                    : "Use " + SHORTEST_GROUP_NAME + " to " + LONGEST_GROUP_NAME + " characters for the group's name.");
        }
        EmailAddresses.problemWith(email).ifPresent(problem -> problems.put("email", problem));
        if (problems.isEmpty() && alreadyInvited) {
            problems.put("email", "An invitation to " + EmailAddresses.normalise(email) + " is already waiting for an "
                    + "answer. Withdraw it first if you want to send a new one.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return name;
    }
}
