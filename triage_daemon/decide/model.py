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
from .inference import from_arrays as fast_from_arrays
from .inference import to_arrays as fast_to_arrays

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
    # the answers' article classifier (learn/answering.py)
    "sklearn.feature_extraction.text.TfidfVectorizer", "numpy.int32", "numpy.float32",
]
ANSWERS_FILE = "answers.skops"
# Both models as plain numpy arrays (inference.py, vocab.py): what the daemon loads, without scikit-learn.
COMPILED_FILE = "compiled.npz"
MODEL_FILES = (MODEL_FILE, ANSWERS_FILE, COMPILED_FILE, CARD_FILE)   # copied in this order: the card last


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
SEALED = ("version", "labels", "auto_reply", "model_sha256", "answers", "calibration", "thresholds")


def card_seal(card: dict) -> str:
    """sha256 over the card's decision fields, the model file's own hash among them: a threshold changed
    in the card by hand no longer matches, as a changed model file no longer matches model_sha256."""
    fields = {k: card.get(k) for k in SEALED}
    if "compiled_sha256" in card:   # sealed when there is one; a card without it loads the skops files
        fields["compiled_sha256"] = card["compiled_sha256"]
    sealed = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(sealed.encode()).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class LoadedModel:
    _pipeline: object                   # None when the compiled file served: model.skops is read on first use
    card: dict
    path: Path
    fast: FastPredictor | None = None   # the same predictions without the Pipeline's overhead
    answers: object = None              # the article classifier (compiled, or answers.skops), when the card has one

    @property
    def pipeline(self):
        """The scikit-learn Pipeline itself (tests and benchmarks compare with it; the daemon uses `fast`)."""
        if self._pipeline is None:
            self._pipeline = _load_trusted(self.path)
        return self._pipeline

    @property
    def version(self) -> str:
        return self.card.get("version", "unknown")

    @property
    def temperature(self) -> float:
        """The calibration chosen at training: probabilities are p^(1/T), renormalised (softmax(z/T))."""
        return float(self.card.get("calibration", {}).get("temperature", 1.0))

    def predict_proba(self, texts: list[str]) -> list[dict[str, float]]:
        if self.fast is not None:
            probs, labels = self.fast.predict_proba(texts), self.fast.classes
        else:
            probs, labels = self.pipeline.predict_proba(texts), list(self.pipeline.classes_)
        probs = calibrate(probs, self.temperature)
        return [{lab: float(p[i]) for i, lab in enumerate(labels)} for p in probs]


def calibrate(probs, temperature: float):
    """softmax(logits / T) from softmax(logits): each probability to the power 1/T, renormalised."""
    import numpy as np

    probs = np.asarray(probs, dtype=np.float64)
    if temperature == 1.0 or not len(probs):
        return probs
    scaled = np.power(np.clip(probs, 1e-300, 1.0), 1.0 / temperature)
    return scaled / scaled.sum(axis=1, keepdims=True)


def save(pipeline, card: dict, out_dir: Path, answers=None) -> Path:
    """The model (and the answers' article classifier) with skops, then the card with their hashes."""
    import skops.io as sio

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    for obj, name in ((pipeline, MODEL_FILE), (answers, ANSWERS_FILE)):
        if obj is None:
            continue
        tmp = out_dir / (name + ".tmp")
        tmp.write_bytes(_reproducible(sio.dumps(obj, compression=zipfile.ZIP_DEFLATED, compresslevel=6)))
        tmp.replace(out_dir / name)
    card = dict(card, model_sha256=sha256_file(model_path))
    card.pop("compiled_sha256", None)
    if answers is not None:
        card["answers"] = dict(card.get("answers", {}), model_sha256=sha256_file(out_dir / ANSWERS_FILE))
    compiled = _compiled_arrays(pipeline, answers)
    if compiled is None:
        (out_dir / COMPILED_FILE).unlink(missing_ok=True)
    else:
        tmp = out_dir / (COMPILED_FILE + ".tmp")
        tmp.write_bytes(_npz(compiled))
        tmp.replace(out_dir / COMPILED_FILE)
        card["compiled_sha256"] = sha256_file(out_dir / COMPILED_FILE)
    write_card(out_dir, card)
    return model_path


def _compiled_arrays(pipeline, answers) -> dict | None:
    """Both models as named arrays, or None when either is of a shape the compiled code does not know."""
    import numpy as np

    from .vocab import compile_article_classifier

    fast = compile_pipeline(pipeline)
    article = compile_article_classifier(answers) if answers is not None else None
    if fast is None or (answers is not None and article is None):
        return None
    out = {}
    parts = [("category", fast_to_arrays(fast))] + ([("answers", article.to_arrays())] if article else [])
    for prefix, (meta, arrays) in parts:
        out[f"{prefix}.meta"] = np.frombuffer(meta.encode("utf-8"), dtype=np.uint8)
        out.update({f"{prefix}.{k}": v for k, v in arrays.items()})
    return out


def _npz(arrays: dict) -> bytes:
    """np.savez_compressed's format, the same bytes for the same arrays (entries dated 1980-01-01)."""
    import io

    import numpy as np

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            zf.writestr(info, buf.getvalue(), compresslevel=6)
    return out.getvalue()


COMPILED_LIMIT = 256 * 2 ** 20   # bytes the compiled arrays may hold in all (the shipped model: 21 MB)


def _load_compiled(path: Path) -> tuple[FastPredictor, object]:
    """The compiled models: numpy arrays only (np.load never unpickles here), each array's declared
    size checked against what its entry holds before it is read, then checked to fit together."""
    import numpy as np

    from .vocab import LinearText

    refused = ConfigError(f"model_dir: {path} is not a readable compiled model; retrain with `triage-daemon train`")
    try:
        _check_npz(path)
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
        if any(a.dtype.kind not in "biuf" for a in arrays.values()):
            raise ValueError("an array that is not of numbers")
        parts: dict[str, dict] = {}
        for name, value in arrays.items():
            prefix, _, key = name.partition(".")
            parts.setdefault(prefix, {})[key] = value
        meta = {p: a.pop("meta").tobytes().decode("utf-8") for p, a in parts.items()}
        fast = fast_from_arrays(meta["category"], parts["category"])
        answers = LinearText.from_arrays(meta["answers"], parts["answers"]) if "answers" in parts else None
    except Exception:   # whatever a broken or crafted file raises, it is refused the same way
        raise refused from None
    return fast, answers


def _check_npz(path: Path) -> None:
    """Every entry a .npy whose header's shape and type fit the bytes it holds, all within COMPILED_LIMIT
    (a small file that unpacks to gigabytes, or declares them, is refused before anything is allocated)."""
    import numpy as np

    with zipfile.ZipFile(path) as zf:
        entries = zf.infolist()
        if len(entries) > 64 or sum(e.file_size for e in entries) > COMPILED_LIMIT:
            raise ValueError("too large")
        for entry in entries:
            if not entry.filename.endswith(".npy"):
                raise ValueError("an entry that is not an array")
            with zf.open(entry) as fh:
                version = np.lib.format.read_magic(fh)
                read_header = {(1, 0): np.lib.format.read_array_header_1_0,
                               (2, 0): np.lib.format.read_array_header_2_0}[version]
                shape, _, dtype = read_header(fh)
                if dtype.hasobject or int(np.prod(shape, dtype=np.float64)) * dtype.itemsize > entry.file_size:
                    raise ValueError("an array larger than its entry")


def read_card(model_dir: Path) -> dict:
    return json.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))


def write_card(model_dir: Path, card: dict) -> None:
    """Replace the card atomically (the daemon reloads when it changes), sealed: its decision fields
    hashed into card_sha256, so a threshold edited by hand is refused at load."""
    card["card_sha256"] = card_seal(card)
    tmp = model_dir / (CARD_FILE + ".tmp")
    tmp.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(model_dir / CARD_FILE)


def _reproducible(data: bytes) -> bytes:
    """The same model as the same bytes. skops names each array after the id() of its object and records
    those ids (and scikit-learn one of its own), and zip stamps the time on every entry: number the ids in
    the order the schema meets them, and date every entry 1980-01-01."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as src:
        schema = json.loads(src.read("schema.json"))
        numbers: dict[str, str] = {}

        def number(value) -> str:
            return numbers.setdefault(str(value), str(len(numbers) + 1))

        def walk(node):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "__id__" and isinstance(value, int):
                        node[key] = int(number(value))
                    elif key == "file" and isinstance(value, str) and value.endswith(".npy"):
                        node[key] = f"{number(value[:-4])}.npy"
                    elif key == "_stop_words_id" and isinstance(value, dict):
                        value["content"] = "0"  # id() of a stop-word list: only a cache key
                        walk(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(schema)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            def put(name: str, content: bytes, like: zipfile.ZipInfo) -> None:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type, info.external_attr = like.compress_type, 0o644 << 16
                dst.writestr(info, content, compresslevel=6)

            put("schema.json", json.dumps(schema, indent=2).encode("utf-8"), src.getinfo("schema.json"))
            arrays = sorted((n for n in src.namelist() if n.endswith(".npy")), key=lambda n: int(number(n[:-4])))
            for name in arrays:
                put(f"{number(name[:-4])}.npy", src.read(name), src.getinfo(name))
    return out.getvalue()


def load(model_dir: Path) -> LoadedModel:
    """Load a model only if its hash matches its card and it holds nothing but trusted types."""
    model_path, card_path = model_dir / MODEL_FILE, model_dir / CARD_FILE
    if not model_path.exists() or not card_path.exists():
        raise ConfigError(f"model_dir: no {MODEL_FILE} and {CARD_FILE} in {model_dir}; run `triage-daemon train`")
    for path in (model_dir, model_path, card_path):
        check_modes(path, "model_dir")
    for path in (model_path, card_path, model_dir / ANSWERS_FILE, model_dir / COMPILED_FILE):
        if path.exists() and not path.is_file():   # a FIFO or a device would block the hash forever
            raise ConfigError(f"model_dir: {path} is not a regular file")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ConfigError(f"model_dir: {card_path} is not a JSON model card; retrain with `triage-daemon train`") from None
    actual = sha256_file(model_path)
    if card.get("model_sha256") != actual:
        raise ConfigError(f"model_dir: {model_path} does not match the hash in its card; "
                          f"retrain with `triage-daemon train` or restore both files together")
    _check_card(card, card_path)
    answers_path = model_dir / ANSWERS_FILE
    if "answers" in card and (not answers_path.exists()
                              or card["answers"].get("model_sha256") != sha256_file(answers_path)):
        raise ConfigError(f"model_dir: {answers_path} is missing or does not match the hash in its card; "
                          f"retrain with `triage-daemon train` or restore the model's files together")
    if "compiled_sha256" in card:
        compiled_path = model_dir / COMPILED_FILE
        if not compiled_path.exists() or card["compiled_sha256"] != sha256_file(compiled_path):
            raise ConfigError(f"model_dir: {compiled_path} is missing or does not match the hash in its card; "
                              f"retrain with `triage-daemon train` or restore the model's files together")
        check_modes(compiled_path, "model_dir")
        fast, answers = _load_compiled(compiled_path)
        if ("answers" in card) != (answers is not None):
            raise ConfigError(f"model_dir: {compiled_path} does not hold what its card describes; retrain")
        pipeline, labels = None, fast.classes
    else:   # a model trained before the compiled file existed: scikit-learn's own objects
        pipeline = _load_trusted(model_path)
        labels = [str(c) for c in pipeline.classes_]
        fast = compile_pipeline(pipeline)
        answers = _load_trusted(answers_path) if "answers" in card else None
    if sorted(labels) != sorted(CATEGORIES):
        raise ConfigError(f"model_dir: the model's labels {labels} are not the six categories")
    loaded = LoadedModel(pipeline, card, model_path, fast, answers)
    _return_freed_memory()
    return loaded


def _load_trusted(path: Path):
    """A skops file holding nothing but trusted types; a pickle or anything else is never unpickled."""
    import skops.io as sio

    try:
        found = sio.get_untrusted_types(file=path)
        untrusted = [t for t in found if t not in TRUSTED_TYPES]
        if untrusted:
            raise ConfigError(f"model_dir: {path} holds types outside the trusted list "
                              f"({', '.join(untrusted[:5])}); refusing to load it")
        return sio.load(path, trusted=found)
    except ConfigError:
        raise
    except Exception as exc:  # not a skops file at all (a pickle, a truncated zip)
        raise ConfigError(f"model_dir: {path} is not a readable skops model ({type(exc).__name__}); "
                          f"retrain with `triage-daemon train`") from None
def _check_card(card: dict, card_path: Path) -> None:
    """The card's thresholds are the ones training chose for this model, and make sense."""
    if card.get("card_sha256") != card_seal(card):
        raise ConfigError(f"model_dir: {card_path} was changed after training (its version, labels or auto-reply "
                          f"threshold no longer match its seal, card_sha256); restore the card that came with the "
                          f"model or retrain with `triage-daemon train` (to answer more or less, set "
                          f"kb_min_score in the config instead)")
    if "auto_reply" not in card:  # trained without articles: the defaults for the question gate apply
        return
    threshold = card["auto_reply"].get("threshold")
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
