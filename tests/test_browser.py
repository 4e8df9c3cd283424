"""The review UI in a real browser: headless Chromium from Debian driven by Selenium.

A real sweep (label mode) queues two marked files; a reviewer logs in, filters the queue,
opens an item from the keyboard, sees the marking highlighted in the text, overrides the
category with a note, and the file then carries the reviewer's label in its extended
attributes while the audit log names the reviewer for the decision and the label.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from labels.audit import AuditLog
from pipeline.cli import main
from pipeline.config import load_config
from review.store import ReviewStore
from review.web import create_app
from review.web.server import QuietRequestHandler
from tests.conftest import EAR_TEXT, ITAR_TEXT, PLAIN_TEXT

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PASSWORD = "correct horse battery"


@pytest.fixture
def browser(tmp_path: Path):
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.exists(binary) and os.access(binary, os.X_OK)):
            pytest.fail(f"{binary} is missing: run make setup (Debian chromium, chromium-driver)")
    os.environ["SE_OFFLINE"] = "true"             # Selenium Manager must not fetch anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


@pytest.fixture
def swept(tmp_path: Path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "radar.txt").write_text(ITAR_TEXT)
    (share / "crypto.txt").write_text(EAR_TEXT)
    (share / "menu.txt").write_text(PLAIN_TEXT)
    config_file = tmp_path / "enclave.yaml"
    # Controlled decisions always need review here, whatever the models' confidence: the test
    # is about the reviewer's path, not about the classifier.
    config_file.write_text("mode: label\npolicy: {thresholds: {itar: 0.999, ear: 0.999}}\n")
    state = tmp_path / "state"
    code = main(["sweep", str(share), "--config", str(config_file), "--state", str(state),
                 "--out", str(tmp_path / "out"), "--no-progress"])
    assert code not in (1, 2), f"the sweep failed (exit {code})"   # 1 failed, 2 bad command line
    config = load_config(config_file)
    store = ReviewStore.for_config(config, str(state))
    assert {Path(e.uri).name for e in store.list()} == {"radar.txt", "crypto.txt"}, \
        "the sweep should queue the two marked files whose decisions need review"
    store.add_user("rita", role="reviewer", us_person=True, password=PASSWORD)
    yield {"store": store, "config": config, "state": state, "share": share}
    store.close()


@pytest.fixture
def server(swept):
    from werkzeug.serving import make_server

    app = create_app(swept["store"], state_dir=swept["state"], config=swept["config"])
    srv = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}"
    finally:
        srv.shutdown()
        thread.join(10)
        app.config["ENCLAVE_APPLIER"].close()


def test_review_in_a_browser(browser, server, swept) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    def wait_gone(page) -> None:
        """Wait until the old page's root element has left the document. While Chromium swaps
        documents, asking about the old node can also answer "does not belong to the
        document": that too means it is gone."""
        from selenium.common.exceptions import WebDriverException

        def gone(_driver) -> bool:
            try:
                return EC.staleness_of(page)(_driver)
            except WebDriverException as exc:
                if "does not belong to the document" in str(exc):
                    return True
                raise

        WebDriverWait(browser, 10).until(gone)

    def click_and_wait(element) -> None:
        """Click something that loads a new page, and wait until it has."""
        page = browser.find_element(By.TAG_NAME, "html")
        element.click()
        wait_gone(page)

    share, state = swept["share"], swept["state"]
    browser.get(server + "/queue")
    assert browser.current_url.endswith("/login")
    browser.find_element(By.ID, "name").send_keys("rita")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    click_and_wait(browser.find_element(By.ID, "login"))
    assert browser.current_url.endswith("/queue")
    rows = browser.find_elements(By.CSS_SELECTOR, "#queue tbody tr[data-id]")
    assert len(rows) == 2

    # Filter to EAR: only the encryptor notes remain.
    Select(browser.find_element(By.ID, "f-jurisdiction")).select_by_value("EAR")
    click_and_wait(browser.find_element(By.ID, "apply-filters"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#queue tbody tr[data-id]")
    assert len(rows) == 1 and "crypto.txt" in rows[0].text
    assert "radar.txt" not in browser.find_element(By.ID, "queue").text
    assert "/queue?" in browser.current_url and "share" not in browser.current_url

    # The inline script selects the first row; Enter opens it.
    assert "selected" in rows[0].get_attribute("class")
    entry_id = rows[0].get_attribute("data-id")
    page = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ENTER)
    wait_gone(page)
    assert browser.current_url == f"{server}/item/{entry_id}"

    # The markings are highlighted in place; the ECCN is cited with its heading.
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.evidence")
    texts = [m.text for m in marks]
    assert "5A002.a" in texts, texts
    assert "EXPORT CONTROLLED" in texts, texts
    assert "15 CFR 774 Supp. 1, ECCN 5A002.a" in browser.find_element(By.ID, "citation").text

    # `?` shows the keyboard help.
    browser.find_element(By.TAG_NAME, "body").send_keys("?")
    assert "shown" in browser.find_element(By.ID, "help").get_attribute("class")
    browser.find_element(By.TAG_NAME, "body").send_keys("?")

    # Override: ITAR, USML XIII(b) (the `o` key jumps to the category), with a note.
    Select(browser.find_element(By.ID, "override-jurisdiction")).select_by_value("ITAR")
    browser.find_element(By.TAG_NAME, "body").send_keys("o")
    category = browser.switch_to.active_element
    assert category.get_attribute("id") == "override-category"
    category.send_keys(Keys.CONTROL, "a")
    category.send_keys("XIII(b)")
    browser.find_element(By.ID, "note").send_keys("Encryptor for the radar data link: USML XIII(b).")
    click_and_wait(browser.find_element(By.ID, "override"))
    flash = browser.find_element(By.CSS_SELECTOR, ".flash").text
    assert "override recorded" in flash and "label done" in flash, flash

    # The file carries the reviewer's label; the store and the audit log remember who.
    path = share / "crypto.txt"
    assert os.getxattr(path, "user.enclave.enclave_jurisdiction") == b"ITAR"
    assert os.getxattr(path, "user.enclave.enclave_category") == b"XIII(b)"
    reviewed = swept["store"].reviewed(swept["store"].get(int(entry_id)).sha256)
    assert (reviewed.kind, reviewed.jurisdiction, reviewed.category, reviewed.reviewer) == (
        "override", "ITAR", "XIII(b)", "rita")
    log = AuditLog(state / "audit.jsonl")
    entries = [e for e in log.entries() if e["item"] == path.as_uri()]
    actions = [(e["action"], e["actor"]) for e in entries]
    assert ("view.item", "rita") in actions
    assert ("review.decide", "rita") in actions
    assert ("label.applied", "rita") in actions
    decide = next(e for e in entries if e["action"] == "review.decide")
    assert decide["new"] == {"jurisdiction": "ITAR", "category": "XIII(b)"}
    assert decide["kind"] == "override"
    assert log.verify().ok
