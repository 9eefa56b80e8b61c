package dev.cfnlsp.rules.network;

import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an ingress rule opens, read from its literal IpProtocol, FromPort and ToPort; empty when any of them is not
 * literal. {@code from}/{@code to} are -1 for protocols without ports.
 */
record PortRange(String protocol, long from, long to) {
    private static final Map<Long, String> SENSITIVE = new TreeMap<>(Map.ofEntries(
            Map.entry(22L, "22 (SSH)"), Map.entry(23L, "23 (Telnet)"), Map.entry(445L, "445 (SMB)"),
            Map.entry(3389L, "3389 (RDP)"), Map.entry(1433L, "1433 (SQL Server)"), Map.entry(1521L, "1521 (Oracle)"),
            Map.entry(2375L, "2375 (Docker API)"), Map.entry(2376L, "2376 (Docker API)"),
            Map.entry(3306L, "3306 (MySQL)"), Map.entry(5432L, "5432 (PostgreSQL)"), Map.entry(5439L, "5439 (Redshift)"),
            Map.entry(6379L, "6379 (Redis)"), Map.entry(9042L, "9042 (Cassandra)"), Map.entry(9200L, "9200 (Elasticsearch)"),
            Map.entry(9300L, "9300 (Elasticsearch)"), Map.entry(11211L, "11211 (Memcached)"),
            Map.entry(27017L, "27017 (MongoDB)")));
    private static final List<String> WITH_PORTS = List.of("tcp", "udp", "6", "17");

    static Optional<PortRange> of(MappingNode rule) {
        Optional<String> protocol = Values.literal(rule.get("IpProtocol")).map(p -> p.trim().toLowerCase(Locale.ROOT));
        if (protocol.isEmpty()) {
            return Optional.empty();
        }
        if (!WITH_PORTS.contains(protocol.get())) {
            return Optional.of(new PortRange(protocol.get(), -1, -1));
        }
        Optional<Long> from = Values.integer(rule.get("FromPort"));
        Optional<Long> to = Values.integer(rule.get("ToPort"));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        // -1 stands for every port.
        return Optional.of(from.get() == -1 || to.get() == -1
                ? new PortRange(protocol.get(), 0, 65535) : new PortRange(protocol.get(), from.get(), to.get()));
    }

    boolean everything() {
        return protocol.equals("-1") || protocol.equals("all") || hasPorts() && from <= 0 && to >= 65535;
    }

    boolean onlyWebPorts() {
        return hasPorts() && from == to && (from == 80 || from == 443);
    }

    List<String> sensitivePorts() {
        if (!hasPorts()) {
            return List.of();
        }
        return SENSITIVE.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to).map(Map.Entry::getValue).toList();
    }

    String describe() {
        if (!hasPorts()) {
            return "protocol " + protocol;
        }
        String name = protocol.equals("6") ? "tcp" : protocol.equals("17") ? "udp" : protocol;
        return from == to ? name + " port " + from : name + " ports " + from + "-" + to;
    }

    private boolean hasPorts() {
        return WITH_PORTS.contains(protocol);
    }
}
