package org.sharewell.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Whose requests share a bucket: one IPv4 address, or one IPv6 /64 network. A household or server is usually
 * given a whole /64, and could otherwise escape a limit by switching address for every request.
 *
 * @param value the address, or the network as {@code 2001:db8:0:0:0:0:0:0/64}
 */
record ClientKey(String value) {

    static ClientKey of(InetAddress client) {
        if (client instanceof Inet6Address) {
            byte[] network = client.getAddress();
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return new ClientKey(InetAddress.getByAddress(network).getHostAddress() + "/64");
            } catch (UnknownHostException e) {
                throw new IllegalStateException("An IPv6 address always has 16 bytes", e);
            }
        }
        return new ClientKey(client.getHostAddress());
    }
}
