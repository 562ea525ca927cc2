#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# dns-stub.py PORT: answers A graph.test -> 127.0.0.1, logs every query; others get NXDOMAIN.
import socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", int(sys.argv[1])))
while True:
    q, a = s.recvfrom(512)
    i = 12; labels = []
    while q[i]: labels.append(q[i+1:i+1+q[i]].decode()); i += q[i] + 1
    qtype = struct.unpack(">H", q[i+1:i+3])[0]; name = ".".join(labels); end = i + 5
    print("dns query", name, qtype, flush=True)
    hit = name == "graph.test" and qtype == 1
    flags = 0x8180 if name == "graph.test" else 0x8183
    r = q[:2] + struct.pack(">HHHHH", flags, 1, 1 if hit else 0, 0, 0) + q[12:end]
    if hit: r += b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 60, 4) + socket.inet_aton("127.0.0.1")
    s.sendto(r, a)
