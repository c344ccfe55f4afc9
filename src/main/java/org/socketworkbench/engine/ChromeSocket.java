package org.socketworkbench.engine;

import java.util.List;
import java.util.Optional;

/**
 * Chrome's {@code chrome.socket} API in Java: same method names, argument order, defaults,
 * payloads, net error codes and {@code chrome.runtime.lastError} strings. Behaviour is specified
 * in {@code src/docs/chrome-socket-contract.md}.
 *
 * <p>Every method returns at once; results arrive through the callback on the engine's callback
 * executor, never inside the call, in completion order per socket. Only {@link #create} with an
 * unknown type ({@link IllegalArgumentException}) and a null required callback
 * ({@link NullPointerException}) throw; every other failure is a result code, as in Chrome.
 */
public interface ChromeSocket extends AutoCloseable {

    /** @param type "tcp" or "udp"; @param options may be null */
    void create(String type, CreateOptions options, Callback<CreateInfo> callback);

    void destroy(int socketId);

    void connect(int socketId, String hostname, int port, Callback<Integer> callback);

    void bind(int socketId, String address, int port, Callback<Integer> callback);

    void disconnect(int socketId);

    /** @param bufferSize null means 4096 */
    void read(int socketId, Integer bufferSize, Callback<ReadInfo> callback);

    void write(int socketId, byte[] data, Callback<WriteInfo> callback);

    /** @param bufferSize null means 4096 */
    void recvFrom(int socketId, Integer bufferSize, Callback<RecvFromInfo> callback);

    void sendTo(int socketId, byte[] data, String address, int port, Callback<WriteInfo> callback);

    /** @param backlog null means 5 */
    void listen(int socketId, String address, int port, Integer backlog, Callback<Integer> callback);

    void accept(int socketId, Callback<AcceptInfo> callback);

    /** @param delay seconds; null means 0 */
    void setKeepAlive(int socketId, boolean enable, Integer delay, Callback<Boolean> callback);

    void setNoDelay(int socketId, boolean noDelay, Callback<Boolean> callback);

    void getInfo(int socketId, Callback<SocketInfo> callback);

    void getNetworkList(Callback<List<NetworkInterface>> callback);

    void joinGroup(int socketId, String address, Callback<Integer> callback);

    void leaveGroup(int socketId, String address, Callback<Integer> callback);

    void setMulticastTimeToLive(int socketId, int ttl, Callback<Integer> callback);

    void setMulticastLoopbackMode(int socketId, boolean enabled, Callback<Integer> callback);

    void getJoinedGroups(int socketId, Callback<List<String>> callback);

    /** @param options may be null */
    void secure(int socketId, SecureOptions options, Callback<Integer> callback);

    /**
     * {@code chrome.runtime.lastError.message}: present only while a callback that carries an
     * error runs, and only on that callback's thread.
     */
    Optional<String> lastError();

    /** Destroys every socket; pending callbacks complete (contract D13). */
    @Override
    void close();
}
