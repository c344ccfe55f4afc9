package org.socketworkbench.adapters;

import org.socketworkbench.engine.Addresses;

import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Reads the machine's network interfaces into {@link Adapter} snapshots. Blocking; no JavaFX. */
public final class AdapterScanner {

    /**
     * Lists every interface the OS reports, sorted by index.
     *
     * @throws SocketException when the OS refuses to enumerate interfaces
     */
    public List<Adapter> scan() throws SocketException {
        List<Adapter> adapters = new ArrayList<>();
        for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
            adapters.add(describe(nif));
        }
        adapters.sort(Comparator.comparingInt(Adapter::index).thenComparing(Adapter::name));
        return adapters;
    }

    private static Adapter describe(NetworkInterface nif) throws SocketException {
        List<AdapterAddress> addresses = new ArrayList<>();
        for (InterfaceAddress ia : nif.getInterfaceAddresses()) {
            addresses.add(new AdapterAddress(Addresses.toText(ia.getAddress()), ia.getNetworkPrefixLength()));
        }
        return new Adapter(nif.getName(), nif.getDisplayName(), nif.getIndex(), nif.isUp(),
                nif.isLoopback(), nif.supportsMulticast(), nif.isVirtual(), nif.getMTU(),
                macOf(nif.getHardwareAddress()), addresses);
    }

    private static String macOf(byte[] hardware) {
        if (hardware == null || hardware.length == 0) {
            return "";
        }
        return HexFormat.ofDelimiter(":").formatHex(hardware);
    }
}
