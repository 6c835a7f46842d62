//! The JSON Schema (2020-12) of the plan format, generated from the field table
//! (`fields.rs`), so editors and the validator cannot disagree. `ip schema` prints it and
//! `schemas/plan.schema.json` is its output; a test fails when the checked-in file drifts.

use serde_json::{json, Map as JsonMap, Value};

use crate::fields::{Field, MapSchema, Ty, DATE_PATTERN, DURATION_PATTERN, PLAN};

/// The JSON Schema (2020-12) of plan format v1, generated from the table above.
pub fn json_schema() -> Value {
    let mut root = map_schema(&PLAN);
    let obj = root.as_object_mut().expect("map schema is an object");
    let mut head = JsonMap::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    head.insert(
        "$id".into(),
        json!("https://ip.invalid/schemas/plan.schema.json"),
    );
    head.insert(
        "title".into(),
        json!("Individual plan (individuell plan), format version 1"),
    );
    head.insert(
        "description".into(),
        json!("One plan per YAML file, checked by `ip validate`. Items a–i follow forskrift om individuell plan ved ytelse av velferdstjenester, innhold."),
    );
    head.extend(std::mem::take(obj));
    Value::Object(head)
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

fn ty_schema(ty: &Ty, field: &Field) -> Value {
    let required = field.required.is_some();
    match ty {
        Ty::Text if required => json!({ "type": "string", "pattern": "\\S" }),
        Ty::Text => json!({ "type": "string" }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Date => json!({ "type": "string", "pattern": DATE_PATTERN, "format": "date" }),
        Ty::Duration => json!({ "type": "string", "pattern": DURATION_PATTERN }),
        Ty::Version => json!({ "const": 1 }),
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
