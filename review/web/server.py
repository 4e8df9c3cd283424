"""``enclave serve``: run the review web UI with Werkzeug's threaded server.

Werkzeug's server is fine for a tool used by a handful of reviewers inside the enclave; put a
TLS-terminating reverse proxy in front of it (which is also where SSO happens, through
``--trusted-header``). Its request log is replaced by one line per request with the method, the
path (which holds ids only) and the status: no query string, no header, no form field.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys

from werkzeug.serving import WSGIRequestHandler, make_server

LOG = logging.getLogger("enclave.web")

DEFAULT_PORT = 8470
LOOPBACK = ("127.0.0.1", "::1", "localhost")
# Paths worth logging as they are: /queue, /item/12, /item/12/decide ... anything else
# (a mistyped or hostile path) is logged as "-".
_LOGGABLE_PATH = re.compile(r"^(/[a-z]+)*(/[0-9]{1,12})?(/[a-z]+)?/?$")

SERVE_EPILOG = """\
examples:
  enclave serve --config enclave.yaml
      http://127.0.0.1:8470 on this machine
  enclave serve --host 0.0.0.0 --config enclave.yaml --trusted-header X-Remote-User \\
        --trusted-proxy 10.1.2.3
      behind a reverse proxy that terminates TLS and sets X-Remote-User after SSO

accounts: `enclave users add NAME --role viewer|reviewer|admin [--us-person]`. Viewers read the
queue, reviewers also decide, admins also add users. Only U.S. persons open items that are or
may be export-controlled (ITAR, EAR other than EAR99, UNDETERMINED).

The server is Werkzeug's threaded server: fine for a tool used by a few reviewers inside the
enclave, not for the open internet. Session cookies are Secure (sent over https only) unless the
server listens on loopback; --no-secure-cookies turns that off for plain http elsewhere.
"""


class QuietRequestHandler(WSGIRequestHandler):
    """Logs ``METHOD /path/with/ids STATUS`` and nothing else of a request."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        method = self.command if self.command in ("GET", "POST", "HEAD") else "-"
        code = getattr(code, "value", code)
        LOG.info("%s %s %s", method, path if _LOGGABLE_PATH.match(path) else "-", code)

    def log_error(self, format: str, *args) -> None:      # noqa: A002 - the base's signature
        LOG.warning("request error (%s)", getattr(self, "command", "-") or "-")

    def log_message(self, format: str, *args) -> None:    # noqa: A002
        pass


def add_parser(sub) -> argparse.ArgumentParser:
    serve = sub.add_parser(
        "serve", help="run the review web UI (queue, items, decisions, dashboard)",
        description="Serve the review queue to export-control staff in a browser, with "
                    "Werkzeug's threaded server (an enclave-internal tool: put a TLS reverse "
                    "proxy in front of it).",
        epilog=SERVE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                                                             "(default: %(default)s)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help="port (default: %(default)s)")
    serve.add_argument("--config", metavar="FILE", help="enclave.yaml (mode, taxonomy, sources)")
    serve.add_argument("--state", metavar="DIR", help="state folder: review store, journal, "
                                                      "audit log")
    serve.add_argument("--trusted-header", metavar="NAME",
                       help="take the user name from this header (e.g. X-Remote-User) when "
                            "the request comes from a --trusted-proxy")
    serve.add_argument("--trusted-proxy", action="append", default=[], metavar="ADDR",
                       help="address or network of the reverse proxy that sets the header "
                            "(repeatable)")
    cookies = serve.add_mutually_exclusive_group()
    cookies.add_argument("--secure-cookies", dest="secure_cookies", action="store_true",
                         default=None, help="mark session cookies Secure (default unless "
                                            "listening on loopback)")
    cookies.add_argument("--no-secure-cookies", dest="secure_cookies", action="store_false",
                         help="plain-http cookies even when not on loopback")
    return serve


def cmd_serve(args: argparse.Namespace) -> int:
    from pipeline.config import load_config
    from pipeline.errors import ConfigError
    from review.store import ReviewStore
    from review.web import create_app

    if args.trusted_header and not args.trusted_proxy:
        raise ConfigError("--trusted-header needs --trusted-proxy ADDR (the reverse proxy that "
                          "sets it)")
    config = load_config(args.config)
    state_dir = config.state_path(args.state)
    secure = args.secure_cookies if args.secure_cookies is not None else args.host not in LOOPBACK
    store = ReviewStore.for_config(config, args.state)
    try:
        app = create_app(store, state_dir=state_dir, config=config,
                         trusted_header=args.trusted_header, trusted_proxies=args.trusted_proxy,
                         secure_cookies=secure)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    LOG.setLevel(logging.INFO)
    if not LOG.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        LOG.addHandler(handler)
        LOG.propagate = False
    try:
        server = make_server(args.host, args.port, app, threaded=True,
                             request_handler=QuietRequestHandler)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    scheme = "https (behind your proxy)" if secure else "http"
    print(f"enclave serve: http://{args.host}:{server.server_port}/ ({config.mode} mode, "
          f"cookies for {scheme}; Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        app.config["ENCLAVE_APPLIER"].close()
        store.close()
    return 0
