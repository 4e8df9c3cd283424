"""A small Microsoft Graph v1.0 stand-in on 127.0.0.1 for the GraphSource tests.

No Graph service can run offline, so this server answers, with the JSON shapes Graph documents,
exactly the calls GraphSource makes:

    POST /{tenant}/oauth2/v2.0/token                          client-credentials token
    GET  /v1.0/drives/{d}                                     the drive
    GET  /v1.0/drives/{d}/root, /root:/{path}                 driveItem by path
    GET  /v1.0/drives/{d}/items/{id}                          driveItem
    GET  /v1.0/drives/{d}/items/{id}/children                 paged along @odata.nextLink
    POST /v1.0/drives/{d}/items/{id}/children                 create a folder
    GET  /v1.0/drives/{d}/items/{id}/content                  302 to /download/{id}?sig=...
    GET  /v1.0/drives/{d}/items/{id}/permissions, /versions
    PUT  /v1.0/drives/{d}/items/{parent}:/{name}:/content     simple upload, conflictBehavior
    POST /v1.0/drives/{d}/items/{parent}:/{name}:/createUploadSession, PUT /upload/{session}
    DELETE /v1.0/drives/{d}/items/{id}                        If-Match, 412 on a stale eTag
    POST /v1.0/drives/{d}/items/{id}/extractSensitivityLabels
    POST /v1.0/drives/{d}/items/{id}/assignSensitivityLabel   202 + Location: /monitor/{op}

``inject(status, path_contains, headers)`` makes the next matching request fail once (429 with
``Retry-After: 0`` exercises the client's retry).
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "enclave-test-app"
CLIENT_SECRET = "not-a-real-secret"
DRIVE = "b!TestDrive01"
WEB = "https://contoso.sharepoint.com/sites/eng/Shared%20Documents"


@dataclass
class Item:
    id: str
    name: str
    parent: str | None
    folder: bool = False
    content: bytes = b""
    generation: int = 1
    modified_by: str = "alice@contoso.com"
    permissions: list[dict] = field(default_factory=list)
    versions: int = 1
    labels: list[dict] = field(default_factory=list)
    locked: bool = False
    guid: str = field(default_factory=lambda: str(uuid.uuid4()).upper())

    @property
    def etag(self) -> str:
        return f'"{{{self.guid}}},{self.generation}"'

    @property
    def ctag(self) -> str:
        return f'"c:{{{self.guid}}},{self.generation}"'


class GraphState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: dict[str, Item] = {}
        self.ids = itertools.count(1)
        self.root = self._add(Item(id="ROOT", name="root", parent=None, folder=True))
        self.tokens: set[str] = set()
        self.token_requests = 0
        self.faults: list[tuple[int, str, dict[str, str]]] = []
        self.requests: list[tuple[str, str]] = []
        self.download_auth_headers: list[str] = []
        self.assignments: list[dict] = []
        self.uploads: dict[str, dict] = {}
        self.page_size = 2

    def _add(self, item: Item) -> Item:
        self.items[item.id] = item
        return item

    def new_id(self) -> str:
        return f"01TEST{next(self.ids):06d}"

    def add_folder(self, path: str) -> Item:
        parent = self.root
        for name in [p for p in path.strip("/").split("/") if p]:
            found = self.child(parent.id, name)
            if found is None:
                found = self._add(Item(id=self.new_id(), name=name, parent=parent.id,
                                       folder=True))
            parent = found
        return parent

    def add_file(self, path: str, content: bytes, **kwargs) -> Item:
        folder, _, name = path.strip("/").rpartition("/")
        parent = self.add_folder(folder)
        return self._add(Item(id=self.new_id(), name=name, parent=parent.id, content=content,
                              **kwargs))

    def child(self, parent_id: str, name: str) -> Item | None:
        for item in self.items.values():
            if item.parent == parent_id and item.name.lower() == name.lower():
                return item
        return None

    def children(self, parent_id: str) -> list[Item]:
        return sorted((i for i in self.items.values() if i.parent == parent_id),
                      key=lambda i: i.name)

    def by_path(self, path: str) -> Item | None:
        item = self.root
        for name in [p for p in path.strip("/").split("/") if p]:
            item = self.child(item.id, name)
            if item is None:
                return None
        return item

    def path_of(self, item: Item) -> str:
        names = []
        while item.parent is not None:
            names.append(item.name)
            item = self.items[item.parent]
        return "/" + "/".join(reversed(names))

    def to_json(self, item: Item) -> dict:
        out: dict = {"id": item.id, "name": item.name, "eTag": item.etag, "cTag": item.ctag,
                     "createdDateTime": "2024-03-01T10:00:00Z",
                     "lastModifiedDateTime": "2024-03-02T10:00:00Z",
                     "webUrl": WEB + quote(self.path_of(item)),
                     "lastModifiedBy": {"user": {"email": item.modified_by,
                                                 "id": "a1b2c3",
                                                 "displayName": item.modified_by.split("@")[0]}}}
        if item.parent is None:
            out["parentReference"] = {"driveId": DRIVE, "driveType": "documentLibrary"}
            out["root"] = {}
        else:
            parent = self.items[item.parent]
            parent_path = self.path_of(parent)
            out["parentReference"] = {
                "driveId": DRIVE, "driveType": "documentLibrary", "id": parent.id,
                "path": f"/drives/{DRIVE}/root:" + ("" if parent_path == "/" else
                                                   quote(parent_path))}
        if item.folder:
            out["folder"] = {"childCount": len(self.children(item.id))}
            out["size"] = sum(len(c.content) for c in self.children(item.id))
        else:
            out["file"] = {"mimeType": "application/octet-stream",
                           "hashes": {"quickXorHash": "AAAAAAAAAAAAAAAAAAAAAAAAAAA="}}
            out["size"] = len(item.content)
        return out


class _Handler(BaseHTTPRequestHandler):
    state: GraphState
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:   # keep test output quiet
        pass

    # -- plumbing --------------------------------------------------------------------------

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def _send(self, status: int, body: dict | bytes | None = None,
              headers: dict[str, str] | None = None) -> None:
        data = b""
        content_type = None
        if isinstance(body, dict):
            data = json.dumps(body).encode()
            content_type = "application/json"
        elif isinstance(body, bytes):
            data = body
            content_type = "application/octet-stream"
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, code: str) -> None:
        self._send(status, {"error": {"code": code, "message": code,
                                      "innerError": {"request-id": str(uuid.uuid4())}}})

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _authorised(self) -> bool:
        auth = self.headers.get("Authorization", "")
        return auth.startswith("Bearer ") and auth[7:] in self.state.tokens

    def _handle(self, method: str) -> None:
        st = self.state
        url = urlsplit(self.path)
        path = url.path
        query = parse_qs(url.query)
        body = self._body() if method in ("POST", "PUT", "PATCH") else b""
        with st.lock:
            st.requests.append((method, path))
            for i, (status, needle, headers) in enumerate(st.faults):
                if needle in path:
                    del st.faults[i]
                    self._send(status, {"error": {"code": "activityLimitReached",
                                                  "message": "throttled"}}, headers)
                    return
        if method == "POST" and path == f"/{TENANT}/oauth2/v2.0/token":
            return self._token(parse_qs(body.decode()))
        if path.startswith("/download/"):
            return self._download(path[len("/download/"):], query)
        if path.startswith("/monitor/"):
            return self._send(202, {"operation": "AssignSensitivityLabel",
                                    "percentageComplete": 100.0, "status": "completed"})
        if path.startswith("/upload/"):
            return self._upload_fragment(path[len("/upload/"):], body)
        if not path.startswith(f"/v1.0/drives/{DRIVE}"):
            return self._error(404, "itemNotFound")
        if not self._authorised():
            return self._error(401, "InvalidAuthenticationToken")
        rest = unquote(path[len(f"/v1.0/drives/{DRIVE}"):])
        with st.lock:
            self._route(method, rest, query, body)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    # -- endpoints -------------------------------------------------------------------------

    def _token(self, form: dict[str, list[str]]) -> None:
        def one(key: str) -> str:
            return (form.get(key) or [""])[0]
        if (one("grant_type") != "client_credentials" or one("client_id") != CLIENT_ID
                or one("client_secret") != CLIENT_SECRET or not one("scope").endswith("/.default")):
            return self._send(401, {"error": "invalid_client",
                                    "error_description": "bad client credentials"})
        token = f"tok-{uuid.uuid4().hex}"
        with self.state.lock:
            self.state.tokens.add(token)
            self.state.token_requests += 1
        self._send(200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                         "access_token": token})

    def _download(self, item_id: str, query: dict) -> None:
        st = self.state
        with st.lock:
            st.download_auth_headers.append(self.headers.get("Authorization", ""))
            item = st.items.get(item_id)
            ok = item is not None and query.get("sig") == [f"sig-{item_id}"]
        if not ok:
            return self._error(401, "unauthenticated")
        self._send(200, item.content)

    def _upload_fragment(self, session_id: str, body: bytes) -> None:
        st = self.state
        with st.lock:
            session = st.uploads.get(session_id)
            if session is None:
                return self._error(404, "itemNotFound")
            match = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", self.headers.get("Content-Range", ""))
            if not match or int(match[1]) != len(session["data"]):
                return self._error(416, "invalidRange")
            session["data"] += body
            total = int(match[3])
            if len(session["data"]) < total:
                return self._send(202, {"expirationDateTime": "2030-01-01T00:00:00Z",
                                        "nextExpectedRanges": [f"{len(session['data'])}-"]})
            if st.child(session["parent"], session["name"]) is not None:
                return self._error(409, "nameAlreadyExists")
            item = st._add(Item(id=st.new_id(), name=session["name"], parent=session["parent"],
                                content=bytes(session["data"])))
            del st.uploads[session_id]
            self._send(201, st.to_json(item))

    def _route(self, method: str, rest: str, query: dict, body: bytes) -> None:
        st = self.state
        if rest == "" and method == "GET":
            return self._send(200, {"id": DRIVE, "driveType": "documentLibrary", "name": "Documents",
                                    "webUrl": WEB, "owner": {"group": {
                                        "id": "g-eng", "displayName": "Engineering"}}})
        if rest in ("/root", "/root:", "/root:/") and method == "GET":
            return self._send(200, st.to_json(st.root))
        m = re.fullmatch(r"/root:(/.*?):?", rest)
        if m and method == "GET":
            item = st.by_path(m[1])
            return self._send(200, st.to_json(item)) if item else self._error(404, "itemNotFound")
        m = re.fullmatch(r"/items/([^/:]+):/(.+?):/(content|createUploadSession)", rest)
        if m:
            return self._create(method, m[1], m[2], m[3], query, body)
        m = re.fullmatch(r"/items/([^/:]+)(/[A-Za-z]+)?", rest)
        if not m:
            return self._error(400, "invalidRequest")
        item = st.items.get(m[1])
        if item is None:
            return self._error(404, "itemNotFound")
        action = m[2] or ""
        if action == "" and method == "GET":
            return self._send(200, st.to_json(item))
        if action == "" and method == "DELETE":
            if self.headers.get("If-Match") not in (item.etag, item.ctag, "*"):
                return self._error(412, "resourceModified")
            for child in st.children(item.id):
                del st.items[child.id]
            del st.items[item.id]
            return self._send(204)
        if action == "/children" and method == "GET":
            start = int((query.get("$skiptoken") or ["0"])[0])
            kids = st.children(item.id)
            page = kids[start:start + st.page_size]
            out: dict = {"value": [st.to_json(k) for k in page]}
            if start + st.page_size < len(kids):
                out["@odata.nextLink"] = (f"{self.base}/v1.0/drives/{DRIVE}/items/{item.id}"
                                          f"/children?$skiptoken={start + st.page_size}")
            return self._send(200, out)
        if action == "/children" and method == "POST":
            spec = json.loads(body or b"{}")
            if st.child(item.id, spec["name"]) is not None:
                return self._error(409, "nameAlreadyExists")
            made = st._add(Item(id=st.new_id(), name=spec["name"], parent=item.id, folder=True))
            return self._send(201, st.to_json(made))
        if action == "/content" and method == "GET":
            return self._send(302, None, {"Location": f"{self.base}/download/{item.id}"
                                                      f"?sig=sig-{item.id}"})
        if action == "/permissions" and method == "GET":
            return self._send(200, {"value": item.permissions})
        if action == "/versions" and method == "GET":
            return self._send(200, {"value": [
                {"id": f"{n}.0", "lastModifiedDateTime": "2024-03-02T10:00:00Z",
                 "size": len(item.content)} for n in range(item.versions, 0, -1)]})
        if action == "/extractSensitivityLabels" and method == "POST":
            if item.locked:
                return self._error(423, "fileDoubleKeyEncrypted")
            return self._send(200, {"value": {
                "@odata.type": "microsoft.graph.extractSensitivityLabelsResult",
                "labels": item.labels}})
        if action == "/assignSensitivityLabel" and method == "POST":
            spec = json.loads(body or b"{}")
            if not isinstance(spec.get("sensitivityLabelId"), str):
                return self._error(400, "invalidRequest")
            st.assignments.append(spec)
            item.labels = [{"sensitivityLabelId": spec["sensitivityLabelId"],
                            "assignmentMethod": spec.get("assignmentMethod", "standard"),
                            "tenantId": TENANT}] if spec["sensitivityLabelId"] else []
            item.generation += 1      # the label is written into the file: a new version
            item.versions += 1
            return self._send(202, None, {"Location": f"{self.base}/monitor/{uuid.uuid4().hex}"})
        return self._error(405, "notSupported")

    def _create(self, method: str, parent_id: str, name: str, kind: str, query: dict,
                body: bytes) -> None:
        st = self.state
        parent = st.items.get(parent_id)
        if parent is None or not parent.folder:
            return self._error(404, "itemNotFound")
        existing = st.child(parent.id, name)
        if kind == "content" and method == "PUT":
            behaviour = (query.get("@microsoft.graph.conflictBehavior") or ["replace"])[0]
            if existing is not None and behaviour == "fail":
                return self._error(409, "nameAlreadyExists")
            if existing is not None:
                existing.content = body
                existing.generation += 1
                return self._send(200, st.to_json(existing))
            made = st._add(Item(id=st.new_id(), name=name, parent=parent.id, content=body))
            return self._send(201, st.to_json(made))
        if kind == "createUploadSession" and method == "POST":
            spec = json.loads(body or b"{}").get("item", {})
            if existing is not None and spec.get("@microsoft.graph.conflictBehavior") == "fail":
                return self._error(409, "nameAlreadyExists")
            session_id = uuid.uuid4().hex
            st.uploads[session_id] = {"parent": parent.id, "name": name, "data": bytearray()}
            return self._send(200, {"uploadUrl": f"{self.base}/upload/{session_id}",
                                    "expirationDateTime": "2030-01-01T00:00:00Z"})
        return self._error(405, "notSupported")


class GraphServer:
    """``with GraphServer() as g:`` — a running stand-in; ``g.endpoint``, ``g.state``."""

    def __init__(self) -> None:
        self.state = GraphState()
        handler = type("Handler", (_Handler,), {"state": self.state})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        host, port = self.httpd.server_address[:2]
        self.endpoint = f"http://{host}:{port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def inject(self, status: int, path_contains: str, headers: dict[str, str] | None = None) -> None:
        with self.state.lock:
            self.state.faults.append((status, path_contains, headers or {}))

    def point_clients_here(self, monkeypatch) -> None:
        """Set the environment GraphSource reads (endpoint, client credentials) to this server."""
        monkeypatch.setenv("GRAPH_ENDPOINT", self.endpoint)
        monkeypatch.setenv("AZURE_AUTHORITY_HOST", self.endpoint)
        monkeypatch.setenv("AZURE_TENANT_ID", TENANT)
        monkeypatch.setenv("AZURE_CLIENT_ID", CLIENT_ID)
        monkeypatch.setenv("AZURE_CLIENT_SECRET", CLIENT_SECRET)
        monkeypatch.delenv("GRAPH_ACCESS_TOKEN", raising=False)

    def __enter__(self) -> "GraphServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
