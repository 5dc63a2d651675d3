package org.sharewell.gateway.forwarding;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The proxies whose forwarding headers the gateway believes: single IP addresses or CIDR ranges, IPv4 or IPv6.
 * Host names are refused, because resolving them would make trust depend on DNS.
 */
public final class TrustedProxies {

    private final List<IpSubnetFilterRule> ranges;

    /**
     * @param entries addresses such as {@code 10.0.0.7} or ranges such as {@code 10.0.0.0/8} and {@code ::1/128}
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public TrustedProxies(List<String> entries) {
        this.ranges = entries.stream().map(TrustedProxies::range).toList();
    }

    /** @return whether the address lies in one of the trusted ranges */
    public boolean includes(InetAddress address) {
        var socketAddress = new InetSocketAddress(address, 0);
        return ranges.stream().anyMatch(range -> range.matches(socketAddress));
    }

    private static IpSubnetFilterRule range(String entry) {
        String[] parts = entry.strip().split("/", -1);
        try {
            InetAddress address = InetAddress.ofLiteral(parts[0]);
            int maximum = address instanceof Inet4Address ? 32 : 128;
            int prefix = parts.length == 1 ? maximum : Integer.parseInt(parts[1]);
            if (parts.length > 2 || prefix < 0 || prefix > maximum) {
                throw new IllegalArgumentException("prefix out of range");
            }
            return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Trusted proxy '" + entry
                    + "' is not an IP address or CIDR range such as 10.0.0.0/8", e);
        }
    }
}
