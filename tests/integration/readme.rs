//! The README's links and claims hold: its links point into the repository, its Rust version is the
//! manifest's, its commands exist, `--help` carries its notes, and its DuckDB queries run.

use crate::common::{python_duckdb, root, run, tempdir};

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

/// The contents of the README's fenced blocks tagged `lang`.
fn blocks(readme: &str, lang: &str) -> Vec<String> {
    let fence = format!("```{lang}\n");
    readme.split(&fence).skip(1).map(|rest| rest.split("```").next().unwrap_or("").to_string()).collect()
}

#[test]
fn links_point_into_the_repository() {
    let readme = readme();
    let mut checked = 0;
    for part in readme.split("](").skip(1) {
        let target = part.split(')').next().unwrap();
        if target.starts_with("https://") {
            continue;
        }
        assert!(!target.starts_with(".."), "README links outside the repository: {target}");
        assert!(root().join(target).exists(), "README links to a missing file: {target}");
        checked += 1;
    }
    assert!(checked >= 1);
    // No mention of files that only exist outside the checkout.
    assert!(!readme.contains("DESIGN.md"), "DESIGN.md is not in the repository");
}

#[test]
fn prerequisites_install_and_commands_are_true() {
    let readme = readme();
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let msrv = manifest.lines().find_map(|l| l.strip_prefix("rust-version = ")).unwrap().trim_matches('"');
    assert!(readme.contains(&format!("Rust {msrv} or newer")), "README does not name rust-version {msrv}");
    assert!(readme.contains("cargo install --path ."));
    // Every subcommand the README runs exists.
    let mut subs: Vec<&str> = readme
        .split("vnextract ")
        .skip(1)
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !w.is_empty())
        .collect();
    subs.sort_unstable();
    subs.dedup();
    for sub in ["extract", "stats", "report", "eval", "normalize", "schema"] {
        assert!(subs.contains(&sub), "README never shows `vnextract {sub}`");
    }
    for sub in subs.iter().filter(|s| !["is", "normalises", "scores", "loads"].contains(s)) {
        assert!(run(&[sub, "--help"]).status.success(), "README runs `vnextract {sub}`, which does not exist");
    }
    // Notes the README makes that `--help` must carry too.
    let help = String::from_utf8(run(&["extract", "--help"]).stdout).unwrap();
    for note in ["64 MiB", "Exit status", "gzip", "JSON array"] {
        assert!(readme.contains(note) && help.contains(note), "{note:?} is not in both README and --help");
    }
    let help = String::from_utf8(run(&["schema", "--help"]).stdout).unwrap();
    assert!(help.contains("--duckdb"));
}

/// The README's DuckDB queries run on real output loaded with `schema --duckdb` (Python's duckdb;
/// skipped with a notice without it).
#[test]
fn duckdb_queries_in_the_readme_run() {
    let readme = readme();
    let sql = blocks(&readme, "sql").concat();
    let statements: Vec<&str> = sql.split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
    assert_eq!(statements.len(), 3, "{sql}");
    let load = blocks(&readme, "sh")
        .concat()
        .lines()
        .find(|l| l.starts_with("duckdb ") && l.contains("schema --duckdb"))
        .expect("the README loads the output with schema --duckdb")
        .to_string();
    assert!(load.contains("CREATE TABLE docs AS FROM read_json('out.jsonl', columns = $(vnextract schema --duckdb))"));

    let dir = tempdir();
    let outp = dir.path().join("out.jsonl");
    let corpus = root().join("corpus");
    assert!(run(&["extract", corpus.to_str().unwrap(), "-o", outp.to_str().unwrap(), "--quiet"]).status.success());
    let cols = String::from_utf8(run(&["schema", "--duckdb"]).stdout).unwrap();
    let script = r#"
import duckdb, sys
cols, path, statements = sys.argv[1], sys.argv[2], sys.argv[3:]
con = duckdb.connect()
con.execute(f"CREATE TABLE docs AS FROM read_json('{path}', columns = {cols})")
for q in statements:
    print(len(con.execute(q).fetchall()))
"#;
    let mut args = vec![cols.trim(), outp.to_str().unwrap()];
    args.extend(statements.iter().copied());
    let Some(stdout) = python_duckdb(script, &args) else { return };
    let rows: Vec<usize> = stdout.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0] > 0 && rows[2] > 0, "top organisations and money totals are empty: {rows:?}");
}
