"""Named components run in a declared order over a Doc.

Each component declares the layers it `requires` and the layers it
`assigns`; `Pipeline` checks the order once, when it is built.  Heavy
resources (Natasha models, the actor registry) are loaded once by
`Resources.load()` and handed to every component factory.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol

from khronika.errors import PipelineError
from khronika.extract.article import Article
from khronika.nlp.doc import Doc


class Component(Protocol):
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, doc: Doc) -> None: ...


@dataclass
class Resources:
    """Models and data loaded once per process and passed to components."""

    items: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, loader: Callable[[], Any]) -> Any:
        # Loaded on first use so a pipeline without NER does not pay for it.
        if key not in self.items:
            self.items[key] = loader()
        return self.items[key]


ComponentFactory = Callable[[Resources], Component]
_FACTORIES: dict[str, ComponentFactory] = {}

# The full enrichment order; `--no-quotes` etc. drop names from it.
# `related` before `quotes` so that sidebar headlines ("Песков: …") are quote-coded too.
DEFAULT_ORDER = ["segment", "morph", "syntax", "ner", "actors", "times", "related", "quotes", "events"]
# Components that run only when asked for (`enable=`, `--semantic`), after the default
# ones: `semantic` (stories/semantic.py) costs several times the rest of enrichment.
OPTIONAL_COMPONENTS = ["semantic"]


def register(name: str) -> Callable[[ComponentFactory], ComponentFactory]:
    """Register a component factory under a name (static table, filled at import)."""

    def wrap(factory: ComponentFactory) -> ComponentFactory:
        _FACTORIES[name] = factory
        return factory

    return wrap


def _load_builtin_components() -> None:
    # Importing the component modules fills the table; done lazily so that
    # `import khronika` stays light.
    import importlib

    for module in ("khronika.nlp.components", "khronika.quotes.component", "khronika.events.component",
                   "khronika.stories.semantic"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise


def available_components() -> list[str]:
    _load_builtin_components()
    return [name for name in DEFAULT_ORDER if name in _FACTORIES] + sorted(
        set(_FACTORIES) - set(DEFAULT_ORDER)
    )


class Pipeline:
    def __init__(self, components: list[Component], resources: Resources | None = None) -> None:
        have: set[str] = {"article"}
        for component in components:
            missing = set(component.requires) - have
            if missing:
                raise PipelineError(
                    f"component {component.name!r} needs {sorted(missing)}, "
                    f"which no earlier component assigns"
                )
            have |= set(component.assigns)
        self.components = components
        # The loaded models, for whoever works next to the pipeline in this process
        # (the store's analyser reads the same morph dictionary: `Analyzer.shared`).
        self.resources = resources or Resources()

    @classmethod
    def build(
        cls,
        names: Iterable[str] | None = None,
        *,
        disable: Iterable[str] = (),
        enable: Iterable[str] = (),
        resources: Resources | None = None,
    ) -> "Pipeline":
        """`names` (default: `DEFAULT_ORDER`) minus `disable`, then the optional
        components named in `enable`."""
        _load_builtin_components()
        from khronika.nlp.morph import morph_vocab

        resources = resources or Resources()
        disabled = set(disable)
        unknown = sorted(set(enable) - set(OPTIONAL_COMPONENTS))
        if unknown:
            raise PipelineError(f"not optional components: {unknown} (optional: {OPTIONAL_COMPONENTS})")
        base = [n for n in (names or DEFAULT_ORDER) if n not in enable]
        chosen = [n for n in base + [n for n in OPTIONAL_COMPONENTS if n in set(enable)]
                  if n not in disabled and n in _FACTORIES]
        if "morph" in chosen:
            # Before any component asks for it: the one morph dictionary (and parse cache) of
            # the process, which the store's analyser can share (nlp/morph.py).
            morph_vocab(resources)
        return cls([_FACTORIES[name](resources) for name in chosen], resources)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, article: Article) -> Doc:
        return self.run(Doc.from_article(article))

    def run(self, doc: Doc) -> Doc:
        """Run the components over a Doc laid out elsewhere (e.g. a dataset's raw text)."""
        for component in self.components:
            component(doc)
            doc.layers |= set(component.assigns)
        return doc
