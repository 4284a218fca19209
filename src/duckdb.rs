//! The output contract as DuckDB column types, for `read_json(..., columns = ...)`: generated from the
//! same field list as the JSON Schema and the Spark DDL ([`crate::schema::record_fields`]).
//!
//! Without it, DuckDB's `read_json_auto` infers `value` as DOUBLE, and sums of money lose exactness
//! (a total of many VND amounts is off in its last digits). With these columns `value` and `value_to`
//! are `DECIMAL(38,6)`, as in the Spark DDL, and sums are exact.
//!
//! ```
//! let cols = vnextract::duckdb::columns();
//! assert!(cols.starts_with("{'id': 'VARCHAR'"));
//! assert!(cols.contains("\"value\" DECIMAL(38,6)"));
//! ```

use crate::schema::{Field, Ty, record_fields};

/// DuckDB's type for a field type.
fn type_of(ty: &Ty) -> String {
    match ty {
        Ty::Str | Ty::Enum(_) => "VARCHAR".to_string(),
        Ty::Num => "DECIMAL(38,6)".to_string(),
        Ty::Int => "BIGINT".to_string(),
        Ty::Bool => "BOOLEAN".to_string(),
        Ty::List(item) => format!("{}[]", type_of(item)),
        Ty::Struct(fields) => {
            // Field names quoted: several ("value", "from", "to", "type") are SQL keywords.
            let inner: Vec<String> = fields.iter().map(|f| format!("\"{}\" {}", f.name, type_of(&f.ty))).collect();
            format!("STRUCT({})", inner.join(", "))
        }
        Ty::Object => "JSON".to_string(),
    }
}

/// The `columns` argument of DuckDB's `read_json` for output records: a struct literal of column name
/// → type, in record order.
pub fn columns() -> String {
    let cols: Vec<String> =
        record_fields().iter().map(|f: &Field| format!("'{}': '{}'", f.name, type_of(&f.ty))).collect();
    format!("{{{}}}", cols.join(", "))
}
