//! The output contract as data: one description of every field of [`crate::Record`], from which the JSON
//! Schema (`schema/vnextract.schema.json`) and the Spark DDL (`vnextract schema --spark-ddl`) are both
//! generated. A test checks that the committed schema file is current and that real records validate.

use serde_json::{Map, Value, json};

/// A field type.
#[derive(Clone, Debug)]
pub enum Ty {
    Str,
    /// Exact decimal number (integer when integral).
    Num,
    Int,
    Bool,
    /// One of these strings.
    Enum(&'static [&'static str]),
    List(Box<Ty>),
    Struct(Vec<Field>),
    /// Free-form object (input fields carried through).
    Object,
}

/// A named field; `nullable` fields are present with `null` when absent.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub nullable: bool,
    pub doc: &'static str,
}

impl Field {
    /// A field always present with a value.
    pub fn req(name: &'static str, ty: Ty, doc: &'static str) -> Field {
        Field { name, ty, nullable: false, doc }
    }

    /// A field present with `null` when absent.
    pub fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
        Field { name, ty, nullable: true, doc }
    }

    /// An entity list: items with `text` and `span`, then `fields`.
    pub fn entity_list(name: &'static str, fields: Vec<Field>, doc: &'static str) -> Field {
        let mut v = vec![
            Field::req("text", Ty::Str, "the entity as written in `text`"),
            Field::req("span", Ty::List(Box::new(Ty::Int)), "[start, end) in Unicode scalar values into `text`"),
        ];
        v.extend(fields);
        Field::req(name, Ty::List(Box::new(Ty::Struct(v))), doc)
    }
}

fn f(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field::req(name, ty, doc)
}

fn n(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field::opt(name, ty, doc)
}

/// The approximators of numbers and durations.
pub const QUALIFIERS: &[&str] = &["exact", "nearly", "over", "about", "under", "up_to"];

/// Every field of an output record, in output order.
pub fn record_fields() -> Vec<Field> {
    let mut fields = vec![
        f("id", Ty::Str, "input id, else file stem (+ \":LINE\" for JSON Lines without id)"),
        f(
            "source",
            Ty::Struct(vec![
                f("path", Ty::Str, "input path as given, \"-\" for stdin"),
                n("line", Ty::Int, "1-based line for JSON Lines input"),
            ]),
            "where the document came from",
        ),
        n("error", Ty::Str, "null on success, else why the document could not be processed"),
        n("title", Ty::Str, "first line of the article"),
        n("outlet", Ty::Str, "dateline prefix such as LSO"),
        n("author", Ty::Str, "byline"),
        n("published", Ty::Str, "publication date YYYY-MM-DD"),
        n("encoding", Ty::Str, "legacy encoding the input was converted from"),
        f("text", Ty::Str, "the normalised article; every span indexes it"),
        f("captions", Ty::List(Box::new(Ty::Str)), "photo captions"),
    ];
    fields.extend(crate::extract::kinds().iter().map(|k| k.field()));
    fields.extend([
        f("warnings", Ty::List(Box::new(Ty::Str)), "what was repaired or ignored"),
        f("meta", Ty::Object, "input fields outside the contract"),
    ]);
    fields
}

fn json_of(ty: &Ty, nullable: bool) -> Value {
    let mut v = match ty {
        Ty::Str => json!({"type": "string"}),
        Ty::Num => json!({"type": "number"}),
        Ty::Int => json!({"type": "integer", "minimum": 0}),
        Ty::Bool => json!({"type": "boolean"}),
        Ty::Enum(values) => json!({"type": "string", "enum": values}),
        Ty::List(item) => json!({"type": "array", "items": json_of(item, false)}),
        Ty::Struct(fields) => struct_schema(fields),
        Ty::Object => json!({"type": "object"}),
    };
    if nullable {
        if let Some(t) = v.get("type").cloned() {
            v["type"] = json!([t, "null"]);
        }
        if let Some(e) = v.get_mut("enum").and_then(Value::as_array_mut) {
            e.push(Value::Null);
        }
    }
    v
}

fn struct_schema(fields: &[Field]) -> Value {
    let mut props = Map::new();
    for fl in fields {
        let mut s = json_of(&fl.ty, fl.nullable);
        s["description"] = json!(fl.doc);
        props.insert(fl.name.to_string(), s);
    }
    let required: Vec<&str> = fields.iter().map(|f| f.name).collect();
    json!({"type": "object", "properties": props, "required": required, "additionalProperties": false})
}

/// The JSON Schema (draft 2020-12) of one output record.
pub fn json_schema() -> Value {
    let mut s = struct_schema(&record_fields());
    let obj = s.as_object_mut().expect("object schema");
    let mut head = Map::new();
    head.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    head.insert("$id".into(), json!("vnextract.schema.json"));
    head.insert("title".into(), json!("vnextract output record"));
    head.append(obj);
    Value::Object(head)
}

fn ddl_of(ty: &Ty) -> String {
    match ty {
        Ty::Str | Ty::Enum(_) => "STRING".into(),
        Ty::Num => "DECIMAL(38,6)".into(),
        Ty::Int => "BIGINT".into(),
        Ty::Bool => "BOOLEAN".into(),
        Ty::List(item) => format!("ARRAY<{}>", ddl_of(item)),
        Ty::Struct(fields) => {
            format!(
                "STRUCT<{}>",
                fields.iter().map(|f| format!("`{}`: {}", f.name, ddl_of(&f.ty))).collect::<Vec<_>>().join(", ")
            )
        }
        Ty::Object => "MAP<STRING, STRING>".into(),
    }
}

/// The record schema as a Spark DDL string, for `spark.read.schema(...)`.
pub fn spark_ddl() -> String {
    record_fields().iter().map(|f| format!("`{}` {}", f.name, ddl_of(&f.ty))).collect::<Vec<_>>().join(", ")
}

fn type_name(ty: &Ty) -> String {
    match ty {
        Ty::Str => "string".into(),
        Ty::Num => "number (exact)".into(),
        Ty::Int => "integer".into(),
        Ty::Bool => "boolean".into(),
        Ty::Enum(v) => v.join(" | "),
        Ty::List(item) => match &**item {
            Ty::Struct(_) => "list of objects".into(),
            other => format!("list of {}", type_name(other)),
        },
        Ty::Struct(_) => "object".into(),
        Ty::Object => "object (free-form)".into(),
    }
}

fn explain_fields(fields: &[Field], indent: usize, out: &mut String) {
    for f in fields {
        let null = if f.nullable { " or null" } else { "" };
        out.push_str(&format!("{:indent$}{:<18} {}{null}: {}\n", "", f.name, type_name(&f.ty), f.doc));
        match &f.ty {
            Ty::Struct(sub) => explain_fields(sub, indent + 2, out),
            Ty::List(item) => {
                if let Ty::Struct(sub) = &**item {
                    explain_fields(sub, indent + 2, out);
                }
            }
            _ => {}
        }
    }
}

/// The output contract as readable text: every field, its type and what it means.
pub fn explain() -> String {
    let mut out = String::from(
        "One JSON object per input document, one per line, in input order. Every key is always present.\n\
         Spans are [start, end) in Unicode scalar values (Python string indices) into `text`.\n\n",
    );
    explain_fields(&record_fields(), 0, &mut out);
    out
}

/// Validates `v` against a schema made by [`json_schema`]: types, enums, required and unknown keys,
/// array items. Returns the first problem found.
pub fn validate(schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let ok = types.iter().any(|t| match *t {
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "null" => v.is_null(),
        _ => false,
    });
    if !ok {
        return Err(format!("{at}: expected {types:?}, got {v}"));
    }
    if let (Some(allowed), Some(_)) = (schema.get("enum").and_then(Value::as_array), v.as_str()) {
        if !allowed.contains(v) {
            return Err(format!("{at}: {v} is not one of {allowed:?}"));
        }
    }
    if let (Some(props), Some(obj)) = (schema.get("properties").and_then(Value::as_object), v.as_object()) {
        for key in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !obj.contains_key(key) {
                return Err(format!("{at}: missing {key}"));
            }
        }
        for (k, val) in obj {
            let Some(sub) = props.get(k) else { return Err(format!("{at}: unknown key {k}")) };
            validate(sub, val, &format!("{at}.{k}"))?;
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, item) in arr.iter().enumerate() {
            validate(items, item, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_schema_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/vnextract.schema.json");
        let committed: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).unwrap();
        assert_eq!(committed, json_schema(), "run `vnextract schema > schema/vnextract.schema.json`");
    }

    #[test]
    fn records_validate_and_bad_ones_do_not() {
        let schema = json_schema();
        let rec = crate::Record::failed("x".into(), Default::default(), "why".into());
        let mut v = serde_json::to_value(&rec).unwrap();
        validate(&schema, &v, "record").unwrap();
        v["numbers"] = json!([{"text": "5", "span": [0, 1]}]);
        assert!(validate(&schema, &v, "record").is_err());
        v["numbers"] = json!([]);
        v["surprise"] = json!(1);
        assert!(validate(&schema, &v, "record").is_err());
    }

    #[test]
    fn explanation_names_every_field() {
        let text = explain();
        for f in record_fields() {
            assert!(text.contains(&format!("\n{:<18} ", f.name)) || text.starts_with(f.name), "{}", f.name);
        }
        assert!(text.contains("  qualifier          exact | nearly | over | about | under | up_to"));
    }

    #[test]
    fn spark_ddl_names_every_field() {
        let ddl = spark_ddl();
        for f in record_fields() {
            assert!(ddl.contains(&format!("`{}`", f.name)));
        }
        assert!(ddl.contains("`numbers` ARRAY<STRUCT<`text`: STRING, `span`: ARRAY<BIGINT>, `value`: DECIMAL(38,6)"));
    }
}
