"""Entity matcher component: tiers, ORG, GPE (STUB: to be replaced)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("entity_matcher", default_config={"tiers_path": None, "patterns_path": None})
def make_entity_matcher(nlp: Language, name: str, tiers_path: str | None,
                        patterns_path: str | None) -> "EntityMatcher":
    return EntityMatcher()


class EntityMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc
