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

/// `../shared/<rel>` when present; otherwise says the test skips (see [`skip`]) and returns None. Under
/// CI (`CI` set) with `../shared` present, a missing `rel` fails the test instead: there a skip would
/// hide a test that should have run.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let base = root().join("..").join("shared");
    let p = base.join(rel);
    if p.exists() {
        return Some(p);
    }
    if base.is_dir() && std::env::var_os("CI").is_some() {
        panic!("{} is absent although ../shared is present: under CI this test may not skip", p.display());
    }
    skip(&format!("{} is absent", p.display()));
    None
}

/// Says on stderr that the running test skips, and why. Written to the stderr handle itself, which the
/// test harness does not capture, so the line shows among the results even when the test "passes".
pub fn skip(why: &str) {
    use std::io::Write;
    let name = std::thread::current().name().unwrap_or("?").to_string();
    let _ = writeln!(std::io::stderr(), "SKIPPED {name}: {why}");
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

/// Runs the binary with args and `input` on stdin; returns its output.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    // A writer thread, so a child that writes before it has read everything cannot deadlock us.
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    out
}

/// Gzip-compresses bytes.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).expect("gzip");
    gz.finish().expect("gzip")
}

/// Runs a Python script that uses duckdb with `args` (in `sys.argv[1:]`) and returns its stdout; the
/// script must succeed. None, with a SKIPPED line, when python3 or its duckdb is not installed.
pub fn python_duckdb(script: &str, args: &[&str]) -> Option<String> {
    let has = Command::new("python3").args(["-c", "import duckdb"]).output().is_ok_and(|o| o.status.success());
    if !has {
        skip("python3 with duckdb is not installed");
        return None;
    }
    let out = Command::new("python3").arg("-c").arg(script).args(args).output().expect("run python3");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8(out.stdout).expect("UTF-8 output"))
}
