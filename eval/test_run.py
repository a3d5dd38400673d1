"""Argument handling of eval/run.py (python3 -m unittest discover eval): what can be checked without weights."""
import contextlib
import io
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import run  # noqa: E402


class ModelArgumentTest(unittest.TestCase):
    def test_presets_are_read_from_the_java_source(self):
        self.assertEqual(run.presets()["gemma3-4b"], "google_gemma-3-4b-it-Q4_K_M.gguf")
        self.assertEqual(run.presets()["qwen2.5-1.5b"], "qwen2.5-1.5b-instruct-q4_k_m.gguf")

    def test_a_preset_is_accepted(self):
        self.assertEqual(run.parse_args(["--model", "gemma3-1b", "--articles", "3"]).model, "gemma3-1b")

    def test_an_unknown_preset_fails_with_the_list(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as exit:
            run.parse_args(["--model", "llama-70b"])
        self.assertEqual(exit.exception.code, 2)
        self.assertIn("unknown preset 'llama-70b'", err.getvalue())
        for name in run.presets():
            self.assertIn(name, err.getvalue())

    def test_oracle_and_model_exclude_each_other(self):
        with contextlib.redirect_stderr(io.StringIO()), self.assertRaises(SystemExit):
            run.parse_args(["--oracle", "--model", "gemma3-4b"])

    def test_a_missing_gguf_file_is_refused_before_anything_starts(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), self.assertRaises(SystemExit):
            run.parse_args(["--gguf", "/nonexistent/model.gguf"])
        self.assertIn("no GGUF file at /nonexistent/model.gguf", err.getvalue())

    def test_model_dir_follows_the_service_defaults(self):
        self.assertEqual(run.model_dir({"YOYAK_MODEL_DIR": "/m"}), pathlib.Path("/m"))
        self.assertEqual(run.model_dir({"XDG_CACHE_HOME": "/c"}), pathlib.Path("/c/yoyak/models"))


if __name__ == "__main__":
    unittest.main()
