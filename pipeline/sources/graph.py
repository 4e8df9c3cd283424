"""SharePoint document libraries and OneDrive, through Microsoft Graph REST v1.0.

Sources name a drive and a folder in it::

    graph://drives/{drive-id}/root                     the whole drive (a document library)
    graph://drives/{drive-id}/root:/Engineering/RF     one folder and everything below it
    graph://drives/{drive-id}/items/{item-id}          one folder (or one file) by id

Items are addressed by id, which survives renames and moves within the drive::

    graph://drives/{drive-id}/items/{item-id}

and carry their path under the drive root in the ``path`` fact. ``uri_for(key)`` gives a
path-addressed uri (``graph://drives/{drive-id}/root:/Engineering/RF/{key}``), the form ``put``
takes for items that do not exist yet.

The version is the item's ``eTag`` (its ``cTag`` where no eTag is given). Facts: ``path``,
``web_host`` (the host of ``webUrl`` only), ``modified_by`` (the user principal of
``lastModifiedBy``: its e-mail / UPN, else its id), ``ctag``, ``versions`` (how many versions
``/versions`` reports), ``sharing`` (the scopes of the item's sharing links — ``anonymous``,
``organization``, ``users``, ``existingAccess`` — comma-separated, or ``none``) and
``sharing_external`` (``true`` when there is an anonymous link or a grantee that is a guest
account: a SharePoint login name with ``#ext#`` or ``urn:spo:guest``, or an invitation that
is not yet redeemed). Listing walks ``/children`` recursively, page by page along
``@odata.nextLink``, and yields items as pages arrive; each file costs two further requests
(permissions and versions).

Endpoint and credentials come from the environment, as the Azure SDKs read them:
``GRAPH_ENDPOINT`` (default ``https://graph.microsoft.com``); a bearer token in
``GRAPH_ACCESS_TOKEN``, or else the OAuth 2.0 client-credentials grant with
``AZURE_TENANT_ID``, ``AZURE_CLIENT_ID`` and ``AZURE_CLIENT_SECRET`` against
``AZURE_AUTHORITY_HOST`` (default ``https://login.microsoftonline.com``), scope
``{GRAPH_ENDPOINT}/.default``. Throttling and transient failures (429, 503, 504, dropped
connections) are retried with exponential backoff, honouring ``Retry-After``.

Writes: ``put`` uploads with ``@microsoft.graph.conflictBehavior=fail`` when ``if_absent``
(a name already taken is a ``VersionConflict``), in one request up to 4 MiB and through an
upload session above, creating missing parent folders; ``delete`` sends ``If-Match: <eTag>``
(412 is a ``VersionConflict``). Drive items have no free-form metadata, so ``put`` applies
only a sensitivity label from ``metadata`` (as ``set_labels`` does) and stores no other key.
``stat`` takes item uris and path uris alike, so a copy written by ``put`` can be found again.

Labels are Microsoft Purview sensitivity labels, the ones SharePoint, Office and Purview DLP
enforce: ``get_labels`` asks ``extractSensitivityLabels`` and returns ``sensitivityLabelId`` (also as
``enclave_label_id``), ``assignmentMethod`` and ``tenantId`` of the first label and
``sensitivityLabelIds`` (all of them, comma-separated), or ``{}`` where the service cannot say
(unsupported file type, locked or encrypted file). ``set_labels`` takes ``sensitivityLabelId``
(or ``enclave_label_id``: Enclave's taxonomy ids are the tenant's Purview label GUIDs),
``assignmentMethod`` (default ``standard``) and ``justificationText``; other keys have no place
on a drive item and are not stored. It calls
``assignSensitivityLabel``, which Graph runs asynchronously: its monitor URL is polled for a
short while and a ``failed`` status is a ``LabelError``. It is a no-op when the label is already
there, and it checks the eTag first (the action itself takes no ``If-Match``).
"""

from __future__ import annotations

import email.utils
import os
import re
import tempfile
import threading
import time
from typing import IO, Any, Iterator, Mapping
from urllib.parse import quote, unquote, urlsplit

import requests

from pipeline.errors import ConfigError, LabelError, SourceError
from pipeline.records import ItemRef
from pipeline.sources import VersionConflict

DEFAULT_ENDPOINT = "https://graph.microsoft.com"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
SIMPLE_UPLOAD_MAX = 4 << 20
CHUNK = 10 * 320 * 1024          # upload-session fragments must be multiples of 320 KiB
RETRY_STATUS = {429, 503, 504}
MAX_ATTEMPTS = 6
MAX_BACKOFF_S = 60.0
MONITOR_POLLS = 10
TIMEOUT = (10, 120)              # connect, read (seconds)

_SPEC = re.compile(r"^graph://drives/(?P<drive>[^/]+)/(?:(?P<root>root)(?::(?P<path>/.*?))?:?"
                   r"|items/(?P<item>[^/:]+))/?$")
_ITEM_URI = re.compile(r"^graph://drives/(?P<drive>[^/]+)/items/(?P<item>[^/:]+)$")
_PATH_URI = re.compile(r"^graph://drives/(?P<drive>[^/]+)/root:(?P<path>/.+?):?$")


def _seg(value: str) -> str:
    return quote(value, safe="!-_.~")


def _path(value: str) -> str:
    """A drive path for a URL (each segment percent-encoded, slashes kept)."""
    return "/".join(_seg(s) for s in value.split("/"))


def _retry_after(resp: requests.Response, attempt: int) -> float:
    value = resp.headers.get("Retry-After")
    if value:
        try:
            return min(max(float(value), 0.0), MAX_BACKOFF_S)
        except ValueError:
            try:
                parsed = email.utils.parsedate_to_datetime(value)
                return min(max(parsed.timestamp() - time.time(), 0.0), MAX_BACKOFF_S)
            except (TypeError, ValueError):
                pass
    return min(0.5 * 2 ** attempt, MAX_BACKOFF_S)


def _error_code(resp: requests.Response) -> str:
    """Graph's error code (``itemNotFound``, ``nameAlreadyExists`` ...), never its message."""
    try:
        code = resp.json().get("error", {}).get("code")
    except ValueError:
        code = None
    return f"HTTP {resp.status_code}" + (f" {code}" if isinstance(code, str) else "")


def _label_id(labels: Mapping[str, str]) -> str | None:
    """The Purview label GUID to assign: ``sensitivityLabelId``, else Enclave's label id (the
    taxonomy's ids are the tenant's Purview label GUIDs)."""
    return labels.get("sensitivityLabelId") or labels.get("enclave_label_id") or None


class GraphSource:
    """Every file in a SharePoint / OneDrive drive, or under one folder of it."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        match = _SPEC.match(spec)
        if not match:
            raise ConfigError(f"source {spec!r}: expected graph://drives/{{drive-id}}/root, "
                              "graph://drives/{drive-id}/root:/folder/path or "
                              "graph://drives/{drive-id}/items/{item-id}")
        self.drive = unquote(match["drive"])
        self.root_path = unquote(match["path"] or "").rstrip("/")   # "" or "/a/b"
        self.root_item = unquote(match["item"]) if match["item"] else None
        self.endpoint = os.environ.get("GRAPH_ENDPOINT", DEFAULT_ENDPOINT).rstrip("/")
        self._static_token = os.environ.get("GRAPH_ACCESS_TOKEN") or None
        self._tenant = os.environ.get("AZURE_TENANT_ID")
        self._client_id = os.environ.get("AZURE_CLIENT_ID")
        self._client_secret = os.environ.get("AZURE_CLIENT_SECRET")
        self._authority = os.environ.get("AZURE_AUTHORITY_HOST", DEFAULT_AUTHORITY).rstrip("/")
        if not self._static_token and not (self._tenant and self._client_id
                                           and self._client_secret):
            raise ConfigError(f"source {spec!r}: no Graph credentials: set GRAPH_ACCESS_TOKEN, "
                              "or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET")
        self._token: str | None = self._static_token
        self._token_expires = float("inf") if self._static_token else 0.0
        self._session: requests.Session | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.update(_session=None, _lock=None)
        if not self._static_token:
            state.update(_token=None, _token_expires=0.0)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # -- HTTP ------------------------------------------------------------------------------

    @property
    def session(self) -> requests.Session:
        if self._session is None:
            self._session = requests.Session()
            self._session.trust_env = False      # endpoints come from GRAPH_ENDPOINT only
        return self._session

    def _api(self, rel: str) -> str:
        return f"{self.endpoint}/v1.0{rel}"

    def _drive_url(self, rel: str) -> str:
        return self._api(f"/drives/{_seg(self.drive)}{rel}")

    def _access_token(self, *, renew: bool = False) -> str:
        with self._lock:
            if self._static_token:
                return self._static_token
            if renew or self._token is None or time.time() > self._token_expires - 60:
                url = f"{self._authority}/{_seg(self._tenant or '')}/oauth2/v2.0/token"
                resp = self._send("POST", url, auth=False, data={
                    "grant_type": "client_credentials", "client_id": self._client_id,
                    "client_secret": self._client_secret, "scope": f"{self.endpoint}/.default"})
                if resp.status_code != 200:
                    raise SourceError(f"{self.spec}: token request refused ({_error_code(resp)})")
                body = resp.json()
                self._token = body["access_token"]
                self._token_expires = time.time() + float(body.get("expires_in", 3600))
            assert self._token is not None
            return self._token

    def _send(self, method: str, url: str, *, auth: bool = True,
              headers: Mapping[str, str] | None = None, **kwargs: Any) -> requests.Response:
        """One call, retried on throttling and transient failures; a 401 renews the token once."""
        renewed = False
        attempt = 0
        while True:
            sent = dict(headers or {})
            if auth:
                sent["Authorization"] = f"Bearer {self._access_token()}"
            try:
                resp = self.session.request(method, url, headers=sent, timeout=TIMEOUT,
                                            allow_redirects=False, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                attempt += 1
                if attempt >= MAX_ATTEMPTS:
                    raise SourceError(f"{self.spec}: {method} failed after {attempt} attempts "
                                      f"({type(exc).__name__})") from None
                time.sleep(min(0.5 * 2 ** attempt, MAX_BACKOFF_S))
                continue
            if resp.status_code in RETRY_STATUS and attempt + 1 < MAX_ATTEMPTS:
                delay = _retry_after(resp, attempt)
                resp.close()
                attempt += 1
                time.sleep(delay)
                continue
            if resp.status_code == 401 and auth and not renewed and not self._static_token:
                resp.close()
                renewed = True
                self._access_token(renew=True)
                continue
            return resp

    def _json(self, method: str, url: str, *, ok: tuple[int, ...] = (200,),
              **kwargs: Any) -> dict:
        resp = self._send(method, url, **kwargs)
        if resp.status_code not in ok:
            raise SourceError(f"{self.spec}: {method} {self._redact(url)} failed "
                              f"({_error_code(resp)})")
        return resp.json() if resp.content else {}

    def _redact(self, url: str) -> str:
        """A request URL without the query string (upload and download URLs carry tokens)."""
        return urlsplit(url).path

    # -- listing ---------------------------------------------------------------------------

    def _root(self) -> dict:
        if self.root_item:
            return self._json("GET", self._drive_url(f"/items/{_seg(self.root_item)}"))
        rel = f"/root:{_path(self.root_path)}" if self.root_path else "/root"
        resp = self._send("GET", self._drive_url(rel))
        if resp.status_code == 404:
            raise SourceError(f"{self.spec}: the folder does not exist")
        if resp.status_code != 200:
            raise SourceError(f"{self.spec}: cannot read the root ({_error_code(resp)})")
        return resp.json()

    def list(self) -> Iterator[ItemRef]:
        root = self._root()
        base = self._path_of(root)
        if "file" in root:
            yield self._ref(root, base)
            return
        stack = [(root["id"], base)]
        while stack:
            folder_id, folder_path = stack.pop()
            subfolders = []
            for child in self._pages(self._drive_url(f"/items/{_seg(folder_id)}/children")):
                child_path = f"{folder_path.rstrip('/')}/{child.get('name', '')}"
                if "folder" in child:
                    subfolders.append((child["id"], child_path))
                elif "file" in child and "deleted" not in child:
                    yield self._ref(child, child_path)
            stack.extend(reversed(subfolders))

    def count(self) -> int:
        return sum(1 for _ in self.list())

    def _pages(self, url: str | None) -> Iterator[dict]:
        while url:
            page = self._json("GET", url)
            yield from page.get("value", [])
            url = page.get("@odata.nextLink")

    def _path_of(self, item: dict) -> str:
        """The item's path under the drive root, from its parentReference (``/a/b/name``)."""
        parent = (item.get("parentReference") or {}).get("path")
        if parent is None:          # the drive root itself
            return "/"
        _, _, under_root = parent.partition("root:")
        return f"{unquote(under_root).rstrip('/')}/{item.get('name', '')}"

    def _ref(self, item: dict, path: str, *, source: str | None = None) -> ItemRef:
        item_id = item["id"]
        facts: dict[str, str] = {"path": path, "drive_id": self.drive, "item_id": item_id}
        if item.get("cTag"):
            facts["ctag"] = item["cTag"]
        if item.get("webUrl"):
            facts["web_host"] = urlsplit(item["webUrl"]).hostname or ""
        user = (item.get("lastModifiedBy") or {}).get("user") or {}
        principal = user.get("userPrincipalName") or user.get("email") or user.get("id")
        if principal:
            facts["modified_by"] = principal
        mime = (item.get("file") or {}).get("mimeType")
        if mime:
            facts["mime"] = mime
        quick_xor = ((item.get("file") or {}).get("hashes") or {}).get("quickXorHash")
        if quick_xor:
            facts["quick_xor_hash"] = quick_xor
        facts.update(self._sharing(item_id))
        facts["versions"] = str(self._version_count(item_id))
        return ItemRef(uri=self._item_uri(item_id), path=None, size=int(item.get("size", 0)),
                       version=item.get("eTag") or item.get("cTag") or "",
                       source=source or self.spec, facts=tuple(sorted(facts.items())))

    def _item_uri(self, item_id: str) -> str:
        return f"graph://drives/{self.drive}/items/{item_id}"

    def _sharing(self, item_id: str) -> dict[str, str]:
        scopes: set[str] = set()
        external = False
        for perm in self._pages(self._drive_url(f"/items/{_seg(item_id)}/permissions")):
            link = perm.get("link") or {}
            if link:
                scope = link.get("scope") or "unknown"
                scopes.add(scope)
                external |= scope == "anonymous"
            grantees = [perm.get("grantedToV2") or {}] + list(perm.get("grantedToIdentitiesV2")
                                                              or [])
            for grantee in grantees:
                for who in grantee.values():
                    login = (who or {}).get("loginName", "") if isinstance(who, dict) else ""
                    external |= "#ext#" in login.lower() or "urn:spo:guest" in login.lower()
            invitation = perm.get("invitation") or {}
            if invitation.get("email") and not perm.get("grantedToV2"):
                external = True      # sent to an address with no account in the tenant yet
        return {"sharing": ",".join(sorted(scopes)) or "none",
                "sharing_external": "true" if external else "false"}

    def _version_count(self, item_id: str) -> int:
        resp = self._send("GET", self._drive_url(f"/items/{_seg(item_id)}/versions"))
        if resp.status_code != 200:     # OneDrive personal and some libraries have no versions
            return 0
        count = len(resp.json().get("value", []))
        next_link = resp.json().get("@odata.nextLink")
        if next_link:
            count += sum(1 for _ in self._pages(next_link))
        return count

    # -- reading ---------------------------------------------------------------------------

    def _item_id(self, uri: str) -> str:
        match = _ITEM_URI.match(uri)
        if not match or unquote(match["drive"]) != self.drive:
            raise SourceError(f"{uri}: not an item of drive {self.drive}")
        return unquote(match["item"])

    def open(self, ref: ItemRef) -> IO[bytes]:
        """The item's current content, streamed from the pre-authenticated download URL."""
        item_id = self._item_id(ref.uri)
        resp = self._send("GET", self._drive_url(f"/items/{_seg(item_id)}/content"),
                          stream=True)
        if resp.status_code in (301, 302, 303, 307, 308):
            location = resp.headers.get("Location")
            resp.close()
            if not location:
                raise SourceError(f"{ref.uri}: download redirect without a location")
            # The download URL carries its own short-lived authorisation: no bearer token.
            resp = self._send("GET", location, auth=False, stream=True)
        if resp.status_code != 200:
            code = _error_code(resp)
            resp.close()
            raise SourceError(f"{ref.uri}: download failed ({code})")
        resp.raw.decode_content = True
        return resp.raw

    def stat(self, ref: ItemRef) -> ItemRef | None:
        """The item now; ``ref.uri`` may be an item uri or a path uri (as ``uri_for`` gives)."""
        by_path = _PATH_URI.match(ref.uri)
        if by_path and unquote(by_path["drive"]) == self.drive:
            url = self._drive_url(f"/root:{_path(unquote(by_path['path']))}")
        else:
            url = self._drive_url(f"/items/{_seg(self._item_id(ref.uri))}")
        resp = self._send("GET", url)
        if resp.status_code == 404:
            return None
        if resp.status_code != 200:
            raise SourceError(f"{ref.uri}: cannot read the item ({_error_code(resp)})")
        item = resp.json()
        if "file" not in item or "deleted" in item:
            return None
        return self._ref(item, self._path_of(item), source=ref.source)

    def posture(self) -> dict[str, str]:
        resp = self._send("GET", self._drive_url(""))
        if resp.status_code != 200:
            return {}
        drive = resp.json()
        out = {"graph.drive_type": str(drive.get("driveType", ""))}
        if drive.get("webUrl"):
            out["graph.web_host"] = urlsplit(drive["webUrl"]).hostname or ""
        owner = (drive.get("owner") or {})
        for kind in ("user", "group"):
            who = owner.get(kind) or {}
            if who.get("displayName") or who.get("id"):
                out[f"graph.owner_{kind}"] = who.get("email") or who.get("id") or ""
        return {k: v for k, v in out.items() if v}

    def uri_for(self, key: str) -> str:
        return f"graph://drives/{self.drive}/root:{self.root_path}/{key.lstrip('/')}"

    def place_uri(self, ref: ItemRef) -> str:
        """Where the item sits, by path (item ids are the drive's to give): the uri under which
        a tombstone or a restored copy is written in its place."""
        path = ref.fact("path")
        if path is None:
            fresh = self.stat(ref)
            path = fresh.fact("path") if fresh is not None else None
        if not path:
            raise SourceError(f"{ref.uri}: its path in the drive is unknown")
        return f"graph://drives/{self.drive}/root:{path}"

    # -- writing ---------------------------------------------------------------------------

    def _folder_id(self, path: str) -> str:
        """The id of the folder at ``path`` under the drive root, created where missing."""
        rel = f"/root:{_path(path)}" if path not in ("", "/") else "/root"
        resp = self._send("GET", self._drive_url(rel))
        if resp.status_code == 200:
            item = resp.json()
            if "folder" not in item:
                raise SourceError(f"{self.spec}: {path} is a file, not a folder")
            return item["id"]
        if resp.status_code != 404:
            raise SourceError(f"{self.spec}: cannot read a folder ({_error_code(resp)})")
        parent, _, name = path.rstrip("/").rpartition("/")
        parent_id = self._folder_id(parent)
        created = self._send("POST", self._drive_url(f"/items/{_seg(parent_id)}/children"), json={
            "name": name, "folder": {}, "@microsoft.graph.conflictBehavior": "fail"})
        if created.status_code in (200, 201):
            return created.json()["id"]
        if created.status_code == 409:      # created meanwhile by someone else
            return self._folder_id(path)
        raise SourceError(f"{self.spec}: cannot create a folder ({_error_code(created)})")

    def put(self, uri: str, data: IO[bytes], *, metadata: Mapping[str, str] | None = None,
            if_absent: bool = True) -> ItemRef:
        match = _PATH_URI.match(uri)
        if not match or unquote(match["drive"]) != self.drive:
            # An item uri names an id the drive assigns; a new item can only be named by path.
            raise SourceError(f"{uri}: put takes a path uri, "
                              f"graph://drives/{self.drive}/root:/folder/name")
        parent_path, _, name = unquote(match["path"]).rpartition("/")
        if not name:
            raise SourceError(f"{uri}: no file name")
        parent_id = self._folder_id(parent_path)
        behaviour = "fail" if if_absent else "replace"
        head = data.read(SIMPLE_UPLOAD_MAX + 1)
        if len(head) <= SIMPLE_UPLOAD_MAX:
            url = self._drive_url(f"/items/{_seg(parent_id)}:/{_seg(name)}:/content")
            resp = self._send("PUT", url, params={"@microsoft.graph.conflictBehavior": behaviour},
                              data=head, headers={"Content-Type": "application/octet-stream"})
            item = self._upload_result(uri, resp)
        else:
            item = self._upload_session(uri, parent_id, name, behaviour, head, data)
        ref = self._ref(item, self._path_of(item) if item.get("parentReference")
                        else f"{parent_path}/{name}")
        if metadata and _label_id(metadata):
            ref = self.set_labels(ref, metadata)
        return ref

    def _upload_result(self, uri: str, resp: requests.Response) -> dict:
        if resp.status_code == 409:
            raise VersionConflict(f"{uri}: an item already exists there")
        if resp.status_code not in (200, 201):
            raise SourceError(f"{uri}: upload failed ({_error_code(resp)})")
        return resp.json()

    def _upload_session(self, uri: str, parent_id: str, name: str, behaviour: str,
                        head: bytes, rest: IO[bytes]) -> dict:
        url = self._drive_url(f"/items/{_seg(parent_id)}:/{_seg(name)}:/createUploadSession")
        resp = self._send("POST", url, json={
            "item": {"@microsoft.graph.conflictBehavior": behaviour}})
        if resp.status_code == 409:
            raise VersionConflict(f"{uri}: an item already exists there")
        if resp.status_code != 200:
            raise SourceError(f"{uri}: cannot start an upload session ({_error_code(resp)})")
        upload_url = resp.json()["uploadUrl"]
        # The total size must be announced with every fragment: spool the stream first.
        with tempfile.TemporaryFile() as spool:
            spool.write(head)
            while chunk := rest.read(1 << 20):
                spool.write(chunk)
            total = spool.tell()
            spool.seek(0)
            offset = 0
            while offset < total:
                fragment = spool.read(CHUNK)
                end = offset + len(fragment) - 1
                # The upload URL authorises itself: no bearer token on fragments.
                resp = self._send("PUT", upload_url, auth=False, data=fragment, headers={
                    "Content-Range": f"bytes {offset}-{end}/{total}",
                    "Content-Length": str(len(fragment))})
                offset = end + 1
                if resp.status_code == 202:
                    continue
                if offset >= total:
                    return self._upload_result(uri, resp)
                raise SourceError(f"{uri}: upload fragment refused ({_error_code(resp)})")
        raise SourceError(f"{uri}: upload session ended without an item")

    def delete(self, ref: ItemRef) -> None:
        item_id = self._item_id(ref.uri)
        resp = self._send("DELETE", self._drive_url(f"/items/{_seg(item_id)}"),
                          headers={"If-Match": ref.version})
        if resp.status_code in (412, 404):
            raise VersionConflict(f"{ref.uri}: changed or removed since it was listed "
                                  f"({_error_code(resp)})")
        if resp.status_code not in (200, 204):
            raise SourceError(f"{ref.uri}: delete failed ({_error_code(resp)})")

    # -- labels ----------------------------------------------------------------------------

    def get_labels(self, ref: ItemRef) -> dict[str, str]:
        item_id = self._item_id(ref.uri)
        resp = self._send("POST", self._drive_url(f"/items/{_seg(item_id)}/extractSensitivityLabels"))
        if resp.status_code != 200:
            return {}       # unsupported type, locked or encrypted file: nothing to report
        body = resp.json()
        result = body.get("value") if isinstance(body.get("value"), dict) else body
        labels = [x for x in (result or {}).get("labels") or [] if x.get("sensitivityLabelId")]
        if not labels:
            return {}
        first = labels[0]
        out = {"sensitivityLabelId": first["sensitivityLabelId"],
               "sensitivityLabelIds": ",".join(x["sensitivityLabelId"] for x in labels),
               "enclave_label_id": first["sensitivityLabelId"]}
        for key in ("assignmentMethod", "tenantId"):
            if first.get(key):
                out[key] = str(first[key])
        return out

    def set_labels(self, ref: ItemRef, labels: Mapping[str, str]) -> ItemRef:
        label_id = _label_id(labels)
        if not label_id:
            raise LabelError(f"{ref.uri}: Graph labels need a sensitivityLabelId "
                             "(or enclave_label_id)")
        current = self.stat(ref)
        if current is None or current.version != ref.version:
            raise VersionConflict(f"{ref.uri}: changed or removed since it was listed")
        have = self.get_labels(ref).get("sensitivityLabelIds", "").split(",")
        if label_id in have:
            return current
        item_id = self._item_id(ref.uri)
        decided = " ".join(v for v in (labels.get("enclave_jurisdiction"),
                                       labels.get("enclave_category")) if v)
        body = {"sensitivityLabelId": label_id,
                "assignmentMethod": labels.get("assignmentMethod", "standard"),
                "justificationText": labels.get(
                    "justificationText",
                    "export-control classification" + (f": {decided}" if decided else ""))}
        resp = self._send("POST", self._drive_url(f"/items/{_seg(item_id)}/assignSensitivityLabel"),
                          json=body)
        if resp.status_code == 423:
            raise LabelError(f"{ref.uri}: the file is locked ({_error_code(resp)})")
        if resp.status_code not in (200, 202, 204):
            raise LabelError(f"{ref.uri}: label assignment refused ({_error_code(resp)})")
        monitor = resp.headers.get("Location")
        if monitor:
            self._wait(ref.uri, monitor)
        fresh = self.stat(ref)
        if fresh is None:
            raise VersionConflict(f"{ref.uri}: the item vanished while it was labelled")
        return fresh

    def _wait(self, uri: str, monitor: str) -> None:
        """Poll an asynchronous action's monitor URL (it needs no token) until it settles."""
        for attempt in range(MONITOR_POLLS):
            resp = self._send("GET", monitor, auth=False)
            if resp.status_code in (301, 302, 303):
                return          # redirected to the finished resource
            try:
                status = resp.json().get("status", "")
            except ValueError:
                status = ""
            if status == "completed":
                return
            if status in ("failed", "deleteFailed", "cancelled"):
                raise LabelError(f"{uri}: label assignment {status}")
            time.sleep(min(0.2 * 2 ** attempt, 5.0))
        # Still running: the assignment was accepted; the next sweep sees its result.
