#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# tls-proxy.py PORT UPSTREAM_PORT CERT KEY: HTTPS on 127.0.0.1:PORT in front of 127.0.0.1:UPSTREAM_PORT.
import asyncio, ssl, sys
ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH); ctx.load_cert_chain(sys.argv[3], sys.argv[4])
async def pipe(r, w):
    try:
        while (d := await r.read(65536)): w.write(d); await w.drain()
    finally: w.close()
async def handle(r, w):
    ur, uw = await asyncio.open_connection("127.0.0.1", int(sys.argv[2]))
    await asyncio.gather(pipe(r, uw), pipe(ur, w), return_exceptions=True)
async def main():
    s = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]), ssl=ctx); await s.serve_forever()
asyncio.run(main())
