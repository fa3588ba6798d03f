#!/usr/bin/python3
"""
Starts Apertium APy listening on 127.0.0.1 only.

APy 0.11 has no host option: it binds its port on every interface. This launcher imports APy and
wraps tornado's bind_sockets so every socket is bound to the loopback address, then runs APy's own
main() with the given arguments (same as the apertium-apy command). Port 0 picks a free port.

It prints one line "APY_LISTENING <port>" when the socket is bound, and stops its whole process
group (APy and the ~10 pipeline processes per language pair) when its standard input closes, so
the parent never leaves a server behind, even if it dies.

  /usr/bin/python3 scripts/apy/apy_loopback.py -p 0 -t 30 /usr/share/apertium/modes
"""
import os
import signal
import sys
import threading

import tornado.netutil
import tornado.tcpserver

LOOPBACK = '127.0.0.1'
_bind_sockets = tornado.netutil.bind_sockets


def bind_loopback(port, address=None, *args, **kwargs):
    sockets = _bind_sockets(port, LOOPBACK, *args, **kwargs)
    for sock in sockets:
        print('APY_LISTENING', sock.getsockname()[1], flush=True)
    return sockets


# tcpserver imported the name, so patch it where HTTPServer.bind looks it up.
tornado.tcpserver.bind_sockets = bind_loopback
tornado.netutil.bind_sockets = bind_loopback


def stop_when_parent_goes():
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except Exception:  # noqa: BLE001 - any read error means the parent is gone
        pass
    os.killpg(os.getpgid(0), signal.SIGTERM)


if os.environ.get('CLAIR_APY_WATCH_STDIN') == '1':
    threading.Thread(target=stop_when_parent_goes, daemon=True).start()

from apertium_apy import apy  # noqa: E402 - after the patch on purpose

sys.argv = ['apertium-apy', *sys.argv[1:]]
apy.main()
