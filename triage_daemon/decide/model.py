"""The scikit-learn model: one Pipeline from text to category, saved with skops beside its card."""
from __future__ import annotations

import hashlib
import json
import platform
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..config import CATEGORIES, ConfigError, check_modes
from .inference import FastPredictor, compile_pipeline

MODEL_FILE = "model.skops"
CARD_FILE = "card.json"
SEED = 20260226
# skops loads only the types listed here; anything else in a model file is refused.
TRUSTED_TYPES = [
    "sklearn.pipeline.Pipeline", "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.HashingVectorizer", "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression", "sklearn.linear_model.LogisticRegression",
    "numpy.dtype", "numpy.float64", "numpy.int64", "numpy.ndarray", "builtins.slice",
    "scipy.sparse._csr.csr_matrix", "scipy.sparse._csr.csr_array",
    "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
]


def build_pipeline():
    """Hashed word and character n-grams, TF-IDF weighted, into a balanced logistic regression.

    Hashing keeps no vocabulary, so the saved model is small and loads in a fraction of a second.
    """
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline

    def branch(**kw):
        return make_pipeline(HashingVectorizer(n_features=2 ** 17, alternate_sign=False, norm=None,
                                               strip_accents="unicode", lowercase=True, **kw),
                             TfidfTransformer(sublinear_tf=True))

    features = FeatureUnion([
        ("words", branch(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w[\w'-]*\b")),
        ("chars", branch(analyzer="char_wb", ngram_range=(2, 5))),
    ])
    clf = LogisticRegression(C=8.0, class_weight="balanced", max_iter=3000, random_state=SEED)
    return Pipeline([("features", features), ("clf", clf)])


# What the card says that changes what the daemon does: covered by the same check as the model file.
SEALED = ("version", "labels", "auto_reply", "model_sha256")


def card_seal(card: dict) -> str:
    """sha256 over the card's decision fields, the model file's own hash among them: a threshold changed
    in the card by hand no longer matches, as a changed model file no longer matches model_sha256."""
    sealed = json.dumps({k: card.get(k) for k in SEALED}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(sealed.encode()).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class LoadedModel:
    pipeline: object
    card: dict
    path: Path
    fast: FastPredictor | None = None   # the same predictions without the Pipeline's overhead

    @property
    def version(self) -> str:
        return self.card.get("version", "unknown")

    def predict_proba(self, texts: list[str]) -> list[dict[str, float]]:
        if self.fast is not None:
            probs, labels = self.fast.predict_proba(texts), self.fast.classes
        else:
            probs, labels = self.pipeline.predict_proba(texts), list(self.pipeline.classes_)
        return [{lab: float(p[i]) for i, lab in enumerate(labels)} for p in probs]


def save(pipeline, card: dict, out_dir: Path) -> Path:
    import skops.io as sio

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    tmp = out_dir / (MODEL_FILE + ".tmp")
    sio.dump(pipeline, tmp, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    tmp.replace(model_path)
    card = dict(card, model_sha256=sha256_file(model_path))
    card["card_sha256"] = card_seal(card)
    card_tmp = out_dir / (CARD_FILE + ".tmp")
    card_tmp.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    card_tmp.replace(out_dir / CARD_FILE)
    return model_path


def load(model_dir: Path) -> LoadedModel:
    """Load a model only if its hash matches its card and it holds nothing but trusted types."""
    import skops.io as sio

    model_path, card_path = model_dir / MODEL_FILE, model_dir / CARD_FILE
    if not model_path.exists() or not card_path.exists():
        raise ConfigError(f"model_dir: no {MODEL_FILE} and {CARD_FILE} in {model_dir}; run `triage-daemon train`")
    for path in (model_dir, model_path, card_path):
        check_modes(path, "model_dir")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ConfigError(f"model_dir: {card_path} is not a JSON model card; retrain with `triage-daemon train`") from None
    actual = sha256_file(model_path)
    if card.get("model_sha256") != actual:
        raise ConfigError(f"model_dir: {model_path} does not match the hash in its card; "
                          f"retrain with `triage-daemon train` or restore both files together")
    try:
        found = sio.get_untrusted_types(file=model_path)
        untrusted = [t for t in found if t not in TRUSTED_TYPES]
        if untrusted:
            raise ConfigError(f"model_dir: {model_path} holds types outside the trusted list "
                              f"({', '.join(untrusted[:5])}); refusing to load it")
        _check_card(card, card_path)
        pipeline = sio.load(model_path, trusted=found)
    except ConfigError:
        raise
    except Exception as exc:  # not a skops file at all (a pickle, a truncated zip): never unpickled
        raise ConfigError(f"model_dir: {model_path} is not a readable skops model ({type(exc).__name__}); "
                          f"retrain with `triage-daemon train`") from None
    labels = [str(c) for c in pipeline.classes_]
    if sorted(labels) != sorted(CATEGORIES):
        raise ConfigError(f"model_dir: the model's labels {labels} are not the six categories")
    loaded = LoadedModel(pipeline, card, model_path, compile_pipeline(pipeline))
    _return_freed_memory()
    return loaded


def _check_card(card: dict, card_path: Path) -> None:
    """The card's thresholds are the ones training chose for this model, and make sense."""
    if card.get("card_sha256") != card_seal(card):
        raise ConfigError(f"model_dir: {card_path} was changed after training (its version, labels or auto-reply "
                          f"threshold no longer match its seal, card_sha256); restore the card that came with the "
                          f"model or retrain with `triage-daemon train` (to answer more or less, set "
                          f"auto_reply_min_confidence in the config instead)")
    threshold = (card.get("auto_reply") or {}).get("threshold")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise ConfigError(f"model_dir: {card_path} gives auto_reply.threshold {threshold!r}; it must be above 0 and "
                          f"at most 1; retrain with `triage-daemon train`")


def _return_freed_memory() -> None:
    """Unpacking a model frees ~17 MB of small buffers that glibc would otherwise keep mapped;
    give them back, so a daemon that reloads its model does not hold the peak of every load."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols: glibc's, when it is glibc
    except (OSError, AttributeError, TypeError):
        pass  # not glibc (musl, macOS): nothing to do


def environment() -> dict:
    import numpy
    import scipy
    import sklearn
    import skops

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "scipy": scipy.__version__, "skops": skops.__version__}
