from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.history import MIGRATIONS, History


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    History(db).close()
    h = History(db)  # second open applies nothing new
    assert h.applied_migrations() == [name for name, _ in MIGRATIONS]
    h.close()


def test_round_trip_with_route_and_tokens(tmp_path: Path) -> None:
    h = History(tmp_path / "h.sqlite3")
    conv = h.new_conversation("Trip planning")
    h.add_message(conv, "user", "Where to go?")
    mid = h.add_message(
        conv,
        "assistant",
        "",
        status="streaming",
        route="cloud",
        model="m",
        reasons=["complex request"],
    )
    h.finish_message(
        mid,
        "Lisbon.",
        status="complete",
        prompt_tokens=12,
        completion_tokens=3,
        cost=0.001,
        notices=["redacted 1 email"],
    )
    msgs = h.messages(conv)
    assert [m.role for m in msgs] == ["user", "assistant"]
    answer = msgs[1]
    assert answer.content == "Lisbon."
    assert answer.status == "complete"
    assert answer.route == "cloud"
    assert answer.reasons == ("complex request",)
    assert answer.notices == ("redacted 1 email",)
    assert (answer.prompt_tokens, answer.completion_tokens) == (12, 3)
    assert [c.title for c in h.conversations()] == ["Trip planning"]


def test_unknown_role_is_rejected(tmp_path: Path) -> None:
    h = History(tmp_path / "h.sqlite3")
    conv = h.new_conversation("x")
    try:
        h.add_message(conv, "robot", "hi")
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("a bad role was stored")
    assert h.messages(conv) == []


def test_killed_writer_loses_nothing_received(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    ready = tmp_path / "ready"
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from app.history import History
        h = History(Path({str(db)!r}))
        conv = h.new_conversation("crash test")
        h.add_message(conv, "user", "a question typed before the crash")
        mid = h.add_message(conv, "assistant", "", status="streaming", route="local")
        text = ""
        for i in range(10_000):
            text += f"chunk{{i}} "
            h.save_partial(mid, text)
            if i == 20:
                Path({str(ready)!r}).write_text("go")
            time.sleep(0.01)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).parents[3])
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert proc.poll() is None, "writer exited early"
            assert time.monotonic() < deadline, "writer never got going"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)

    h = History(db)
    conv = h.conversations()[0]
    user, answer = h.messages(conv.id)
    assert user.content == "a question typed before the crash"
    assert answer.status == "interrupted"
    assert answer.content.startswith("chunk0 chunk1 ")
    assert "chunk20 " in answer.content
