"""Process-level behaviour: pipes, exit codes, imports, byte-stable output."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, jsonl

CAPTIONS = [{"caption": f"A white cat and a black dog sit on red couch number {i}."} for i in range(300)]


def imported(code: str, modules: tuple[str, ...]) -> tuple[list[str], str]:
    """Run ``code`` in a fresh interpreter; which of ``modules`` it imported, and its stdout."""
    report = f"\nprint('imported:' + ','.join(m for m in {modules!r} if m in sys.modules), file=sys.stderr)\n"
    result = subprocess.run([sys.executable, "-c", "import sys\n" + code + report], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("imported:"), result.stderr
    return [m for m in last.removeprefix("imported:").split(",") if m], result.stdout


def test_help_does_not_import_torch_or_spacy():
    code = (
        "from click.testing import CliRunner\n"
        "from comptool.cli import main\n"
        "for args in (['--help'], ['swap', '--help'], ['score', '--help'], ['parse', '--help']):\n"
        "    r = CliRunner().invoke(main, args)\n"
        "    assert r.exit_code == 0, (args, r.output)\n"
    )
    assert imported(code, ("torch", "open_clip", "spacy"))[0] == []


def test_operators_on_known_words_do_not_import_numpy(tmp_path):
    # lemminflect's import takes numpy (0.17 s of start-up); its tables are read without it,
    # so a run that meets no unknown word never pays for it.
    from comptool.parsing import Parser

    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text(jsonl(list(Parser().add_parses([{"caption": "A brown dog sits on a red couch."}]))))
    code = (
        "import runpy\n"
        f"sys.argv = ['comptool', 'add', '-n', '1', {str(parsed)!r}]\n"
        "try:\n"
        "    runpy.run_module('comptool', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
    )
    modules, stdout = imported(code, ("numpy", "lemminflect"))
    assert json.loads(stdout)["negatives"]
    assert modules == []


def test_closed_pipe_ends_quietly(tmp_path):
    captions = tmp_path / "captions.jsonl"
    captions.write_text(jsonl(CAPTIONS * 10))
    script = f"'{sys.executable}' -m comptool parse < '{captions}' | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert json.loads(result.stdout)["caption"] == CAPTIONS[0]["caption"]
    assert result.stderr == "status=0\n"


def test_closed_pipe_ends_workers_quietly(tmp_path):
    from comptool.parsing import Parser

    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text(jsonl(list(Parser().add_parses(CAPTIONS[:20])) * 100))
    script = f"'{sys.executable}' -m comptool add --workers 2 < '{parsed}' | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert json.loads(result.stdout)["negatives"]
    assert result.stderr == "status=0\n"


def test_bad_data_exits_1_and_bad_usage_exits_2(run_process):
    assert run_process(["parse"], input="nope\n").returncode == 1
    assert run_process(["parse", "--on-error", "sometimes"], input="").returncode == 2


def test_debug_shows_a_traceback_for_a_failed_run(run_process, tmp_path):
    # A vocabulary that is not JSON is a failed run: one line without --debug.
    vocab = tmp_path / "vocab.json"
    vocab.write_text("not json")
    quiet = run_process(["swap", "--vocab", str(vocab)], input=jsonl(CAPTIONS[:1]))
    assert quiet.returncode == 1
    assert b"Traceback" not in quiet.stderr and b"comptool swap: cannot read vocabulary" in quiet.stderr
    loud = run_process(["swap", "--vocab", str(vocab), "--debug"], input=jsonl(CAPTIONS[:1]))
    assert loud.returncode == 1 and b"Traceback" in loud.stderr


def test_operators_look_for_cycles_less_often_and_leave_the_setting_as_it_was(cli, monkeypatch):
    # While tables load and records stream the collector waits for more young objects (a tenth
    # of an operator's collector time at Python's default); a library user's own setting is
    # back afterwards.
    import gc

    from comptool.commands import _operator

    seen = []
    real = _operator.run_filter
    monkeypatch.setattr(_operator, "run_filter", lambda *a, **k: (seen.append(gc.get_threshold()), real(*a, **k))[1])
    before = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 9)
        record = {"caption": "A white cat sits on a red couch."}
        result = cli(["swap"], input=[record])
        assert result.exit_code == 0, result.stderr
        assert seen == [(_operator.YOUNG_THRESHOLD, 7, 9)]
        assert gc.get_threshold() == (500, 7, 9)
        gc.set_threshold(500_000, 7, 9)  # a user's higher setting is kept
        cli(["swap"], input=[record])
        assert seen[-1] == (500_000, 7, 9) and gc.get_threshold() == (500_000, 7, 9)
    finally:
        gc.set_threshold(*before)


def test_output_is_the_same_whatever_the_hash_seed(tmp_path):
    # Python seeds string hashing afresh in each process, and a set's order moves with it: the
    # same input must still give the same bytes ("The sun sets over the ocean" once gave "shines
    # on" first under one seed, "rises above" under another).
    captions = tmp_path / "captions.jsonl"
    captions.write_text(jsonl([{"caption": "The sun sets over the ocean on a summer evening."}, {"caption": "A fire hydrant is spraying water onto the street."}]))
    outputs = set()
    for seed in ("1", "3", "5"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
        result = subprocess.run([sys.executable, "-m", "comptool", "replace", "--all", "--type", "relation", str(captions)], capture_output=True, env=env, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
