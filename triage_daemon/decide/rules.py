"""Keyword rules from rules/*.yaml: small named checks that vote for a category or override it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..config import CATEGORIES, PRIORITIES, ConfigError, check_modes
from ..message import Message, RuleHit
from .patterns import Pattern, PatternError, compile_any, encode

FIELDS = ("subject", "body", "text", "from", "to", "calendar")


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    where: tuple[str, ...]
    any: tuple[Pattern, ...]
    all: tuple[Pattern, ...] = ()
    none: tuple[Pattern, ...] = ()
    category: str | None = None
    weight: float = 0.3
    override: bool = False
    priority: str | None = None
    tags: tuple[str, ...] = ()

    def _haystack(self, msg: Message) -> str:
        parts = []
        for field in self.where:
            if field == "subject":
                parts.append(msg.subject)
            elif field == "body":
                parts.append(msg.stripped)
            elif field == "text":
                parts.append(msg.text)
            elif field == "from":
                parts.append(f"{msg.sender_name} <{msg.sender}>")
            elif field == "to":
                parts.append(" ".join(msg.to + msg.cc))
            elif field == "calendar":
                parts.append(msg.calendar)
            elif field.startswith("header:"):
                name = field[7:]
                if name in msg.headers:
                    parts.append(f"{name}: {msg.headers[name]}")
        return "\n".join(parts)

    def __post_init__(self):
        # One alternation instead of N searches: the same matches, a fraction of the time.
        combined = None
        if len(self.any) > 1:
            try:
                combined = compile_any(list(self.any))
            except PatternError:
                combined = None
        object.__setattr__(self, "_any", (combined,) if combined is not None else self.any)

    def check(self, msg: Message) -> RuleHit | None:
        hay = encode(self._haystack(msg))  # once for all of this rule's patterns
        if self._any and not any(rx.search(hay) for rx in self._any):
            return None
        if not all(rx.search(hay) for rx in self.all):
            return None
        if any(rx.search(hay) for rx in self.none):
            return None
        return RuleHit(self.name, self.description, self.category, self.weight, self.override,
                       self.priority, self.tags)


def _patterns(source: str, name: str, key: str, value) -> tuple[Pattern, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"{source}: rule {name!r}: {key} must be a list of regular expressions")
    out = []
    for pattern in value:
        try:
            out.append(Pattern(str(pattern)))
        except PatternError as exc:
            raise ConfigError(f"{source}: rule {name!r}: bad regular expression {pattern!r} in {key}: {exc}") from None
    return tuple(out)


def rule_from_dict(data: dict, source: str) -> Rule:
    if not isinstance(data, dict) or not data.get("name"):
        raise ConfigError(f"{source}: every rule needs a name (got {data!r:.80})")
    name = str(data["name"])
    known = {"name", "description", "where", "any", "all", "none", "category", "weight", "override", "priority", "tags"}
    extra = set(data) - known
    if extra:
        raise ConfigError(f"{source}: rule {name!r}: unknown key(s) {', '.join(sorted(extra))}")
    where = data.get("where", ["subject", "body"])
    where = [where] if isinstance(where, str) else list(where)
    for field in where:
        if field not in FIELDS and not str(field).startswith("header:"):
            raise ConfigError(f"{source}: rule {name!r}: where: {field!r} is not one of {', '.join(FIELDS)} or header:<name>")
    category = data.get("category")
    if category is not None and category not in CATEGORIES:
        raise ConfigError(f"{source}: rule {name!r}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    priority = data.get("priority")
    if priority is not None and priority not in PRIORITIES:
        raise ConfigError(f"{source}: rule {name!r}: priority {priority!r} is not one of {', '.join(PRIORITIES)}")
    if data.get("override") and not category:
        raise ConfigError(f"{source}: rule {name!r}: override needs a category")
    any_ = _patterns(source, name, "any", data.get("any"))
    all_ = _patterns(source, name, "all", data.get("all"))
    if not any_ and not all_:
        raise ConfigError(f"{source}: rule {name!r}: give at least one pattern in any or all")
    weight = data.get("weight", 0.3)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 5:
        raise ConfigError(f"{source}: rule {name!r}: weight must be a number from 0 to 5")
    return Rule(
        name=name,
        description=str(data.get("description", "")),
        where=tuple(str(f).lower() for f in where),
        any=any_, all=all_, none=_patterns(source, name, "none", data.get("none")),
        category=category, weight=float(weight), override=bool(data.get("override", False)),
        priority=priority, tags=tuple(str(t) for t in data.get("tags", []) or []),
    )


def load_rules(rules_dir: Path) -> list[Rule]:
    """All rules of rules_dir/*.yaml, in file-name order then file order."""
    import yaml

    rules: list[Rule] = []
    if not rules_dir.is_dir():
        raise ConfigError(f"rules_dir: {rules_dir} is not a folder; point rules_dir at the folder of rule files")
    names: set[str] = set()
    check_modes(rules_dir, "rules_dir")
    for path in sorted(rules_dir.glob("*.yaml")):
        check_modes(path, "rules_dir")
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("rules", []), list):
            raise ConfigError(f"{path}: expected a mapping with a 'rules:' list")
        for item in doc.get("rules", []):
            rule = rule_from_dict(item, str(path))
            if rule.name in names:
                raise ConfigError(f"{path}: rule name {rule.name!r} is used twice; names must be unique")
            names.add(rule.name)
            rules.append(rule)
    return rules


def apply_rules(rules: list[Rule], msg: Message) -> list[RuleHit]:
    return [hit for rule in rules if (hit := rule.check(msg)) is not None]
