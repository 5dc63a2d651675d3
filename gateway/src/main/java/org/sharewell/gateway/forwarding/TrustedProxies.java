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

    private static final List<InetAddress> LOOPBACK = List.of(
            InetAddress.ofLiteral("127.0.0.1"), InetAddress.ofLiteral("::1"));

    private final List<Range> ranges;

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
        return ranges.stream().anyMatch(range -> range.rule().matches(socketAddress));
    }

    /**
     * Refuses trust that would let a client choose its own address, and with it its rate-limit identity: a
     * {@code /0} range trusts everyone, and loopback trusts every program on the machine, which is acceptable
     * only on a developer's machine (base domain {@code localhost}).
     *
     * @throws IllegalArgumentException saying which entry is unsafe and what to trust instead
     */
    public void refuseUnsafeFor(String baseDomain) {
        if (ranges.stream().anyMatch(range -> range.prefix() == 0)) {
            throw new IllegalArgumentException("A trusted proxy range ending in /0 trusts every client to choose "
                    + "its own address. Name the addresses of the load balancer in front of the gateway instead.");
        }
        if (!"localhost".equals(baseDomain) && LOOPBACK.stream().anyMatch(this::includes)) {
            throw new IllegalArgumentException("Loopback (127.0.0.0/8 or ::1) may be a trusted proxy only in "
                    + "development, with the base domain localhost: anything running on this machine could "
                    + "choose its own client address. Name the addresses of the load balancer instead.");
        }
    }

    private static Range range(String entry) {
        String[] parts = entry.strip().split("/", -1);
        try {
            InetAddress address = InetAddress.ofLiteral(parts[0]);
            int maximum = address instanceof Inet4Address ? 32 : 128;
            int prefix = parts.length == 1 ? maximum : Integer.parseInt(parts[1]);
            if (parts.length > 2 || prefix < 0 || prefix > maximum) {
                throw new IllegalArgumentException("prefix out of range");
            }
            return new Range(new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT), prefix);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Trusted proxy '" + entry
                    + "' is not an IP address or CIDR range such as 10.0.0.0/8", e);
        }
    }

    private record Range(IpSubnetFilterRule rule, int prefix) {
    }
}
