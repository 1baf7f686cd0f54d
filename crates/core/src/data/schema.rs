//! The JSON Schema of a dataset file (what `to_bundle` writes and `load_bundle` reads), generated
//! from the model's types, their serde attributes and their doc comments by `schemars`. The build
//! publishes it beside the dataset (`data/dataset.schema.json`); nothing keeps a copy by hand.
//!
//! It describes the shape of a file: types, required fields (a field the reader fills in when it
//! is absent is not required), the values of each choice, no unknown fields, and the form of ids,
//! dates, country codes and source URLs. What needs more than one record to check (`validate`) is
//! said in its description, not in keywords.

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::Schema;
use serde_json::Value;

use super::Bundle;

/// The schema, as pretty-printed JSON (JSON Schema draft 2020-12).
pub fn dataset_schema() -> String {
    let schema = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(tidy))
        .into_generator()
        .into_root_schema_for::<Bundle<'static>>();
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// Descriptions are one paragraph (doc comments wrap at 100 columns), and an unsigned integer
/// says its largest value, so that a validator that does not know schemars' `uint8`/`uint32`
/// formats checks the range all the same.
fn tidy(schema: &mut Schema) {
    if let Some(Value::String(d)) = schema.get_mut("description") {
        *d = d
            .split("\n\n")
            .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n\n");
    }
    let max = match schema.get("format").and_then(Value::as_str) {
        Some("uint8") => Some(u64::from(u8::MAX)),
        Some("uint16") => Some(u64::from(u16::MAX)),
        Some("uint32") => Some(u64::from(u32::MAX)),
        _ => None,
    };
    if let Some(max) = max {
        schema.insert("maximum".into(), max.into());
    }
}

/// The format tag's `#[serde(default)]` only makes it optional: the reader assumes no value for
/// it, so the schema names none.
pub(super) fn no_default(schema: &mut Schema) {
    schema.remove("default");
}

#[cfg(test)]
mod tests {
    //! The schema against the reader: a small validator for exactly the keywords the generated
    //! schema uses (it fails on any other), and the reader's verdict on the same files. The
    //! browser suite checks the published files with an independent validator (Ajv).

    use super::*;
    use crate::data::{load, testdata, to_bundle};
    use serde_json::json;

    fn schema() -> Value {
        serde_json::from_str(&dataset_schema()).expect("the schema is JSON")
    }

    /// What is wrong with `v` by `s` (empty: it is valid), each as "path: why".
    fn check(root: &Value, s: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
        let Some(obj) = s.as_object() else {
            if s == &Value::Bool(false) {
                out.push(format!("{at}: nothing is allowed here"));
            }
            return;
        };
        for (key, k) in obj {
            match key.as_str() {
                "$ref" => {
                    let name = k.as_str().and_then(|r| r.strip_prefix("#/$defs/"));
                    let def = name
                        .and_then(|n| root["$defs"].get(n))
                        .expect("a local $ref");
                    check(root, def, v, at, out);
                }
                "type" => {
                    let types: Vec<&str> = match k {
                        Value::String(t) => vec![t],
                        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                        _ => panic!("type {k}"),
                    };
                    let is = |t: &str| match t {
                        "object" => v.is_object(),
                        "array" => v.is_array(),
                        "string" => v.is_string(),
                        "boolean" => v.is_boolean(),
                        "null" => v.is_null(),
                        "integer" => v.is_u64() || v.is_i64(),
                        "number" => v.is_number(),
                        _ => panic!("type {t}"),
                    };
                    if !types.iter().any(|t| is(t)) {
                        out.push(format!("{at}: {v} is not of type {k}"));
                    }
                }
                "properties" => {
                    if let Some(o) = v.as_object() {
                        for (name, ps) in k.as_object().expect("properties") {
                            if let Some(x) = o.get(name) {
                                check(root, ps, x, &format!("{at}.{name}"), out);
                            }
                        }
                    }
                }
                "required" => {
                    if let Some(o) = v.as_object() {
                        for name in k.as_array().expect("required") {
                            let name = name.as_str().expect("a name");
                            if !o.contains_key(name) {
                                out.push(format!("{at}: `{name}` is required"));
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    assert_eq!(k, &Value::Bool(false), "only `false` is checked");
                    if let Some(o) = v.as_object() {
                        let known = obj["properties"].as_object().expect("properties");
                        for name in o.keys().filter(|n| !known.contains_key(*n)) {
                            out.push(format!("{at}: unknown field `{name}`"));
                        }
                    }
                }
                "items" => {
                    for (i, x) in v.as_array().into_iter().flatten().enumerate() {
                        check(root, k, x, &format!("{at}[{i}]"), out);
                    }
                }
                "enum" => {
                    if !k.as_array().expect("enum").contains(v) {
                        out.push(format!("{at}: {v} is not one of {k}"));
                    }
                }
                "const" => {
                    if k != v {
                        out.push(format!("{at}: {v} is not {k}"));
                    }
                }
                "oneOf" | "anyOf" => {
                    let passing = k
                        .as_array()
                        .expect("a list of schemas")
                        .iter()
                        .filter(|alt| {
                            let mut e = Vec::new();
                            check(root, alt, v, at, &mut e);
                            e.is_empty()
                        })
                        .count();
                    let ok = if key == "oneOf" {
                        passing == 1
                    } else {
                        passing > 0
                    };
                    if !ok {
                        out.push(format!("{at}: {v} matches {passing} of the {key}"));
                    }
                }
                "minItems" => {
                    let min = k.as_u64().expect("minItems");
                    if v.as_array().is_some_and(|a| (a.len() as u64) < min) {
                        out.push(format!("{at}: fewer than {min} items"));
                    }
                }
                "maxLength" => {
                    let max = k.as_u64().expect("maxLength");
                    if v.as_str().is_some_and(|t| t.chars().count() as u64 > max) {
                        out.push(format!("{at}: longer than {max} characters"));
                    }
                }
                "minimum" | "maximum" => {
                    let bound = k.as_f64().expect("a number");
                    if let Some(n) = v.as_f64() {
                        if (key == "minimum" && n < bound) || (key == "maximum" && n > bound) {
                            out.push(format!("{at}: {n} is out of range ({key} {bound})"));
                        }
                    }
                }
                // Annotations, and patterns (left to Ajv in the browser suite: no regex engine
                // here).
                "$schema" | "$defs" | "title" | "description" | "default" | "format"
                | "pattern" => {}
                other => panic!("the schema uses `{other}`, which this validator does not check"),
            }
        }
    }

    fn problems(schema: &Value, v: &Value) -> Vec<String> {
        let mut out = Vec::new();
        check(schema, schema, v, "", &mut out);
        out
    }

    fn bundle() -> Value {
        serde_json::from_str(&to_bundle(testdata())).expect("a dataset file is JSON")
    }

    fn reader_accepts(v: &Value) -> bool {
        load::from_bundle("test.json", &v.to_string()).is_ok()
    }

    #[test]
    fn the_schema_accepts_the_projects_dataset_file() {
        let s = schema();
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(problems(&s, &bundle()), Vec::<String>::new());
        let signatory = &s["$defs"]["Signatory"];
        assert!(signatory["properties"]["id"]["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("Stable slug used in links")));
        assert!(!signatory["description"]
            .as_str()
            .unwrap_or("\n")
            .contains('\n'));
    }

    /// Every path to an object in a dataset file, array positions as `[]`, with each key any
    /// object there has, and where the first object with that key is.
    fn shapes(v: &Value, shape: &str, at: &mut Vec<PathStep>, out: &mut Vec<Shape>) {
        match v {
            Value::Object(o) => {
                let i = match out.iter().position(|s| s.path == shape) {
                    Some(i) => i,
                    None => {
                        out.push(Shape {
                            path: shape.to_owned(),
                            first: at.clone(),
                            keys: Vec::new(),
                        });
                        out.len() - 1
                    }
                };
                for (k, x) in o {
                    if !out[i].keys.iter().any(|(key, _)| key == k) {
                        out[i].keys.push((k.clone(), at.clone()));
                    }
                    at.push(PathStep::Key(k.clone()));
                    shapes(x, &format!("{shape}.{k}"), at, out);
                    at.pop();
                }
            }
            Value::Array(a) => {
                for (n, x) in a.iter().enumerate() {
                    at.push(PathStep::Index(n));
                    shapes(x, &format!("{shape}[]"), at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }

    #[derive(Clone, Debug)]
    enum PathStep {
        Key(String),
        Index(usize),
    }

    struct Shape {
        path: String,
        first: Vec<PathStep>,
        keys: Vec<(String, Vec<PathStep>)>,
    }

    fn object_at<'a>(v: &'a mut Value, at: &[PathStep]) -> &'a mut serde_json::Map<String, Value> {
        let mut v = v;
        for step in at {
            v = match step {
                PathStep::Key(k) => &mut v[k.as_str()],
                PathStep::Index(i) => &mut v[*i],
            };
        }
        v.as_object_mut().expect("an object")
    }

    /// The schema requires exactly the fields the reader cannot do without, and refuses an
    /// unknown field wherever the reader does: tried for every field of every kind of object.
    #[test]
    fn the_schema_requires_and_refuses_what_the_reader_does() {
        let s = schema();
        let file = bundle();
        let mut all = Vec::new();
        shapes(&file, "", &mut Vec::new(), &mut all);
        assert!(all.len() > 15, "{} kinds of object", all.len());
        let mut tried = 0;
        let mut disagree = Vec::new();
        let mut verdicts = |what: String, v: &Value| {
            tried += 1;
            let by_schema = problems(&s, v).is_empty();
            if by_schema != reader_accepts(v) {
                disagree.push(format!("{what}: the schema says {by_schema}"));
            }
        };
        for shape in &all {
            for (key, at) in &shape.keys {
                let mut v = file.clone();
                object_at(&mut v, at).remove(key);
                verdicts(format!("without {}.{key}", shape.path), &v);
            }
            let mut v = file.clone();
            object_at(&mut v, &shape.first).insert("no_such_field".into(), json!(1));
            verdicts(format!("{} with an unknown field", shape.path), &v);
        }
        assert!(tried > 100, "{tried} files tried");
        assert!(disagree.is_empty(), "{}", disagree.join("\n"));
    }

    #[test]
    fn the_schema_refuses_wrong_values_as_the_reader_does() {
        let s = schema();
        type Change = fn(&mut Value);
        let changes: [(&str, Change); 7] = [
            ("an unknown sector", |v| {
                v["signatories"][0]["sector"] = json!("aerospace")
            }),
            ("founding as a word", |v| {
                v["signatories"][0]["founding"] = json!("yes")
            }),
            ("a date as a number", |v| {
                v["signatories"][0]["joined"] = json!(2018)
            }),
            ("a principle numbered 256", |v| {
                v["principles"][0]["number"] = json!(256)
            }),
            ("a wording not in the list", |v| {
                v["principles"][0]["wording"] = json!("exact")
            }),
            ("a count below zero", |v| {
                v["meta"]["reported_signatories"]["value"] = json!(-1)
            }),
            ("a section that is not a list", |v| {
                v["milestones"] = json!({})
            }),
        ];
        for (what, change) in changes {
            let mut v = bundle();
            change(&mut v);
            assert!(!problems(&s, &v).is_empty(), "the schema accepts {what}");
            assert!(!reader_accepts(&v), "the reader accepts {what}");
        }
    }
}
