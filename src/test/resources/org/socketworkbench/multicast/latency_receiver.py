# An independent probe receiver for LatencyAgainstPythonTest: joins GROUP:PORT on lo, takes
# time.time_ns() the moment each datagram returns from recv, and prints the median of
# (arrival - the probe's send time) in nanoseconds. The send time is the big-endian int64 at
# byte 24 of the probe (src/docs/probe-format.md); only probes with the SWPR magic count.
import socket, struct, sys, time

group, port, count, ready = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
s.bind((group, port))
s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
             socket.inet_aton(group) + socket.inet_aton("127.0.0.1"))
s.settimeout(20)
open(ready, "w").close()
latencies = []
while len(latencies) < count:
    data = s.recv(65536)
    now = time.time_ns()
    if len(data) >= 32 and data[:4] == b"SWPR":
        latencies.append(now - struct.unpack_from(">q", data, 24)[0])
latencies.sort()
print(latencies[len(latencies) // 2])
