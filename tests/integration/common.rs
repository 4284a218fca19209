//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use vnextract::Record;

/// The committed JSON Schema of output records.
static SCHEMA: std::sync::LazyLock<serde_json::Value> = std::sync::LazyLock::new(|| {
    let p = root().join("schema/vnextract.schema.json");
    serde_json::from_str(&std::fs::read_to_string(p).expect("schema file")).expect("schema JSON")
});

/// The built binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vnextract"))
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/<rel>` when present; otherwise prints a notice and returns None.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = root().join("..").join("shared").join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("NOTICE: {} is absent; skipping this test", p.display());
        None
    }
}

/// Runs the binary with args; returns its output.
pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run vnextract")
}

/// Parses every stdout line strictly into a record (unknown or missing keys fail, and it must validate
/// against the committed JSON Schema) and checks that every span slices `text` to the entity's `text`.
pub fn parse_records(stdout: &[u8]) -> Vec<Record> {
    let s = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    s.lines()
        .map(|line| {
            let v: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("bad JSON line {e}: {line}"));
            for key in vnextract::schema::record_fields().iter().map(|f| f.name) {
                assert!(v.get(key).is_some(), "key {key} missing in {line}");
            }
            if let Err(e) = vnextract::schema::validate(&SCHEMA, &v, "record") {
                panic!("record does not match schema/vnextract.schema.json: {e}");
            }
            let rec: Record = serde_json::from_value(v).unwrap_or_else(|e| panic!("not a record ({e}): {line}"));
            check_spans(&rec);
            rec
        })
        .collect()
}

/// Every entity's span slices the record's text to the entity's text.
pub fn check_spans(rec: &Record) {
    let chars: Vec<char> = rec.text.chars().collect();
    let slice = |span: [usize; 2]| -> String {
        assert!(span[0] < span[1] && span[1] <= chars.len(), "{}: bad span {span:?}", rec.id);
        chars[span[0]..span[1]].iter().collect()
    };
    for (kind, span, text) in vnextract::extract::entities(rec) {
        assert_eq!(slice(span), text, "{}: {kind} span {span:?} does not slice to its text", rec.id);
    }
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// Writes `content` to `dir/name`.
pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).expect("write");
    p
}
