//! The JSON Schema (2020-12) of the plan format, generated from the field table
//! (`fields.rs`), so editors and the validator cannot disagree. `ip schema` prints it in
//! the language of messages: its titles and descriptions in English, bokmål or nynorsk
//! (`field_docs`), the rest the same. `schemas/plan.schema.json`, `plan.schema.nb.json`
//! and `plan.schema.nn.json` are its output in each; a test fails when one drifts.

use serde_json::{json, Map as JsonMap, Value};

use crate::field_docs;
use crate::i18n::Lang;

use crate::fields::{
    Field, MapSchema, Ty, DATE_PATTERN, DURATION_PATTERN, KINDS, PLAN, PLAN_ONLY, PLAN_V2,
};

/// The JSON Schema (2020-12) of plan formats v1 and v2, generated from their tables: a plan
/// with `version: 1` is checked against `$defs/v1`, any other against `$defs/v2` (the
/// current format, which `ip new` writes), so one schema serves a repository in the middle
/// of `ip migrate`.
pub fn json_schema() -> Value {
    json_schema_in(Lang::En)
}

/// [`json_schema`] with its titles and descriptions in `lang`.
pub fn json_schema_in(lang: Lang) -> Value {
    let mut schema = english();
    if lang != Lang::En {
        translate(&mut schema, lang);
    }
    schema
}

/// Every `title` and `description` string of a schema, in `lang`.
fn translate(value: &mut Value, lang: Lang) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(text) if key == "title" || key == "description" => {
                        *text = field_docs::describe_owned(text, lang);
                    }
                    _ => translate(v, lang),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| translate(v, lang)),
        _ => {}
    }
}

fn english() -> Value {
    let mut root = json!({
        "if": { "properties": { "version": { "const": 1 } }, "required": ["version"] },
        "then": { "$ref": "#/$defs/v1" },
        "else": { "$ref": "#/$defs/v2" },
        "$defs": { "v1": map_schema(&PLAN), "v2": v2_schema() },
    });
    let obj = root.as_object_mut().expect("the schema is an object");
    let mut head = JsonMap::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    // A stable name, not an address: editors map the schema to plan files by path (see the
    // README, "Editors"), and `ip` never fetches anything.
    head.insert("$id".into(), json!(SCHEMA_ID));
    head.insert(
        "title".into(),
        json!("Individual plan (individuell plan), format versions 1 and 2"),
    );
    head.insert(
        "description".into(),
        json!("One plan per YAML file, checked by `ip validate`. Items a–i follow forskrift om individuell plan ved ytelse av velferdstjenester, innhold."),
    );
    head.extend(std::mem::take(obj));
    Value::Object(head)
}

/// Version 2's plan: as its table says, but the fields only a plan of kind `plan` must have
/// (`fields::PLAN_ONLY`: goals, measures, period, …) are required only when `kind` is not
/// `coordinator-only` or `declined`, and `consent` not for `declined`, as `ip validate`
/// has it.
fn v2_schema() -> Value {
    let mut schema = map_schema(&PLAN_V2);
    let required = schema["required"].as_array_mut().expect("a list");
    let plan_only: Vec<Value> = required
        .iter()
        .filter(|k| PLAN_ONLY.contains(&k.as_str().unwrap_or_default()))
        .cloned()
        .collect();
    required.retain(|k| !plan_only.contains(k) && k != "consent");
    // Kinds other than `plan` (`fields::not_required`): a coordinator-only record still
    // needs its consent, a declined offer not even that.
    let without_plan: Vec<&str> = KINDS.iter().copied().filter(|k| *k != "plan").collect();
    schema["if"] = json!({
        "properties": { "kind": { "enum": without_plan } },
        "required": ["kind"],
    });
    // A list that must not be empty is so only where it is required: the `minItems` moves
    // from the property into the branch that requires it.
    let mut non_empty = JsonMap::new();
    for key in plan_only.iter().chain([&json!("consent")]) {
        let key = key.as_str().unwrap_or_default();
        if let Some(min) = schema["properties"][key]
            .as_object_mut()
            .and_then(|p| p.remove("minItems"))
        {
            non_empty.insert(key.to_owned(), json!({ "minItems": min }));
        }
    }
    let branch = |keys: Vec<&Value>| {
        let properties: JsonMap<String, Value> = keys
            .iter()
            .filter_map(|k| {
                let k = k.as_str()?;
                non_empty.get(k).map(|v| (k.to_owned(), v.clone()))
            })
            .collect();
        json!({ "required": keys, "properties": properties })
    };
    schema["then"] = json!({
        "if": { "properties": { "kind": { "const": "declined" } } },
        "else": branch(vec![&json!("consent")]),
    });
    schema["else"] = branch(plan_only.iter().chain([&json!("consent")]).collect());
    schema
}

fn map_schema(schema: &MapSchema) -> Value {
    let mut properties = JsonMap::new();
    let mut required = Vec::new();
    for field in schema.fields {
        let mut prop = ty_schema(&field.ty, field);
        if field.required.is_some() {
            required.push(json!(field.key));
        } else {
            prop = json!({ "anyOf": [prop, { "type": "null" }] });
        }
        if let Some(o) = prop.as_object_mut() {
            o.insert("description".into(), json!(field.doc));
            if let Some(default) = field.default {
                o.insert("default".into(), json!(default));
            }
            if let Some(example) = example(&field.ty, field) {
                o.insert("examples".into(), json!([example]));
            }
        }
        properties.insert(field.key.into(), prop);
    }
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// The `$id` of the plan format's schema.
pub const SCHEMA_ID: &str = "urn:ip:individual-plan:format:2";

/// An example value for editors' completion: the field's own, else one of its type.
fn example(ty: &Ty, field: &Field) -> Option<Value> {
    if let Some(example) = field.example {
        return Some(json!(example));
    }
    match ty {
        Ty::Date => Some(json!("2026-01-15")),
        Ty::Duration => Some(json!("6 months")),
        Ty::Version(v) => Some(json!(v)),
        Ty::Bool => Some(json!(true)),
        _ => None,
    }
}

fn ty_schema(ty: &Ty, field: &Field) -> Value {
    let required = field.required.is_some();
    match ty {
        Ty::Text if required => json!({ "type": "string", "pattern": "\\S" }),
        Ty::Text => json!({ "type": "string" }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Date => json!({ "type": "string", "pattern": DATE_PATTERN, "format": "date" }),
        Ty::Duration => json!({ "type": "string", "pattern": DURATION_PATTERN }),
        Ty::Version(v) => json!({ "const": v }),
        Ty::Enum(allowed) => json!({ "enum": allowed }),
        Ty::List(item) => {
            let items = match item {
                Ty::Map(schema) => map_schema(schema),
                Ty::Text => json!({ "type": "string", "pattern": "\\S" }),
                other => ty_schema(other, field),
            };
            let mut list = json!({ "type": "array", "items": items });
            if field.non_empty && required {
                list["minItems"] = json!(1);
            }
            list
        }
        Ty::Map(schema) => map_schema(schema),
    }
}
