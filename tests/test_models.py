import json

from extractor.models import Document, Quantity, json_schema


def test_schema_has_field_descriptions():
    schema = json_schema()
    quantity = schema["$defs"]["Quantity"]["properties"]
    assert "fully scaled" in quantity["value"]["description"]


def test_integral_numbers_stay_integers_in_json():
    q = Quantity(text="200", start=0, end=3, value=200)
    assert json.loads(q.model_dump_json())["value"] == 200
    assert isinstance(json.loads(q.model_dump_json())["value"], int)


def test_extra_fields_are_kept():
    doc = Document.model_validate({"doc_id": "x", "note": "kept"})
    assert doc.model_dump()["note"] == "kept"
