package dev.yoyak.api;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.config.YoyakConfig;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address for per-address limits: the connection's, unless it comes from a configured trusted
 * proxy ({@code yoyak.trusted-proxies}); then the rightmost {@code X-Forwarded-For} entry that is not a trusted
 * proxy itself — entries to its left were written by the client and prove nothing. Written here because Quarkus'
 * proxy support takes the leftmost entry, which a client behind an appending proxy chooses.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<IpSubnetFilterRule> trusted = new ArrayList<>();

    public ClientAddress(YoyakConfig config) {
        config.trustedProxies().ifPresent(list -> list.forEach(entry -> trusted.add(rule(entry.strip()))));
    }

    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String ip = slash < 0 ? entry : entry.substring(0, slash);
        if (!NetUtil.isValidIpV4Address(ip) && !NetUtil.isValidIpV6Address(ip)) {
            throw new IllegalArgumentException("yoyak.trusted-proxies: '" + entry + "' is not an IP address or CIDR range");
        }
        int prefix = slash < 0 ? (NetUtil.isValidIpV4Address(ip) ? 32 : 128) : Integer.parseInt(entry.substring(slash + 1));
        return new IpSubnetFilterRule(ip, prefix, IpFilterRuleType.ACCEPT);
    }

    /** The address a request's limits are counted against. */
    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress().hostAddress();
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        String header = request.getHeader("X-Forwarded-For");
        if (header == null) {
            return peer;
        }
        String[] hops = header.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!NetUtil.isValidIpV4Address(hop) && !NetUtil.isValidIpV6Address(hop)) {
                return peer; // garbage where an address should be: the proxy's own address is all we know
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String ip) {
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(ip);
        if (address == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }
}
