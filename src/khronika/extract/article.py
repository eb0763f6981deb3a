"""Article: the extraction record, the JSON contract of `khronika extract`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khronika.plain import plain


@dataclass
class RelatedItem:
    """Another headline shown on the page (sidebar, "Читайте также")."""

    title: str
    time_text: str | None = None
    published: str | None = None  # ISO 8601; only when resolvable without guessing
    url: str | None = None


@dataclass
class Article:
    """One clean article, as extracted from one page.

    `lead` is the standfirst when the page marks one apart from the body (it
    is then not repeated in `paragraphs`); otherwise it is a copy of the first
    paragraph.  `published` keeps the page's own UTC offset.
    """

    id: str
    source: str
    title: str
    published: str | None
    language: str
    lead: str
    paragraphs: list[str]
    credits: list[str] = field(default_factory=list)
    related: list[RelatedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    crawled_at: str | None = None
    extractor: str = ""  # which stage of the cascade produced the text

    @property
    def lead_is_separate(self) -> bool:
        return bool(self.lead) and (not self.paragraphs or self.lead != self.paragraphs[0])

    @property
    def body(self) -> str:
        """The lead (when it is not the first paragraph) and the paragraphs, a blank line apart."""
        return "\n\n".join(([self.lead] if self.lead_is_separate else []) + list(self.paragraphs))

    def to_json(self) -> dict[str, Any]:
        return plain(self)

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> "Article":
        fields = {k: v for k, v in record.items() if k in cls.__dataclass_fields__}
        fields["related"] = [
            item if isinstance(item, RelatedItem) else RelatedItem(**item)
            for item in record.get("related") or []
        ]
        fields.setdefault("id", "")
        fields.setdefault("source", "")
        fields.setdefault("published", None)
        fields.setdefault("language", "ru")
        fields.setdefault("lead", "")
        fields.setdefault("paragraphs", [])
        return cls(**fields)
