package org.jaywalk.framework.graph;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses to open a cluster task's port where the Internet may reach it. TensorFlow's gRPC server
 * (2.18, under TensorFlow Java 1.1.0) has no authentication and no bind address: {@code ServerDef} only
 * carries a port, and the server listens on {@code 0.0.0.0:port}, every interface of the machine, whatever
 * host the cluster lists. Whoever reaches the port can run any op as the task's user, which reads and writes
 * its files. So a task serves only when its listed host and every interface of the machine are addresses
 * the Internet does not route (loopback, private, link-local, shared, documentation ranges), unless
 * {@code train.cluster.allow-public = true} says the network in front of it (a firewall, a NetworkPolicy)
 * confines the port.
 */
public final class PortExposure {

    private PortExposure() {
    }

    /**
     * Returns when the port of {@code address} ({@code host:port}) is not reachable from the Internet as far
     * as this machine can tell, or when {@code allowPublic}.
     *
     * @throws IllegalStateException naming the public addresses, the port and what it grants
     */
    public static void requireConfined(String address, boolean allowPublic) {
        if (allowPublic) {
            return;
        }
        Set<InetAddress> exposed = new LinkedHashSet<>(listed(address));
        exposed.addAll(interfaces());
        List<String> reachable = exposed.stream().filter(PortExposure::isPublic).map(InetAddress::getHostAddress).toList();
        if (!reachable.isEmpty()) {
            String port = address.substring(address.lastIndexOf(':') + 1);
            throw new IllegalStateException("refusing to serve cluster task " + address + ": TensorFlow listens on "
                    + "port " + port + " of every interface, and " + reachable + " may be reachable from the Internet; "
                    + "the port has no authentication and lets anyone who reaches it run any op, reading and writing "
                    + "files as this user. Confine it (firewall, Kubernetes NetworkPolicy; docs/scaling-out.md) and set "
                    + "train.cluster.allow-public = true");
        }
    }

    private static List<InetAddress> listed(String address) {
        String host = ClusterReachability.socketAddress(address).getHostString();
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cluster task address " + address + ": cannot resolve '" + host
                    + "' on this machine (" + e.getMessage() + ")", e);
        }
    }

    /** The addresses of this machine's interfaces that are up. */
    private static List<InetAddress> interfaces() {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp()) {
                    addresses.addAll(Collections.list(nic.getInetAddresses()));
                }
            }
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list this machine's network interfaces to check that the cluster "
                    + "port stays private (" + e.getMessage() + "); set train.cluster.allow-public = true if it is", e);
        }
        return addresses;
    }

    /**
     * True unless the address is in a range the Internet does not route (IANA special-purpose registries):
     * loopback, unspecified, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, shared 100.64/10,
     * benchmarking 198.18/15, documentation and 240/4.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b.length == 4) {
            int b2 = b[2] & 0xff;
            return !(b0 == 0 || b0 >= 240 || (b0 == 100 && (b1 & 0xc0) == 64) || (b0 == 198 && (b1 & 0xfe) == 18)
                    || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) || (b0 == 198 && b1 == 51 && b2 == 100)
                    || (b0 == 203 && b1 == 0 && b2 == 113));
        }
        boolean uniqueLocal = (b0 & 0xfe) == 0xfc;
        boolean documentation = b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        return !(uniqueLocal || documentation);
    }
}
