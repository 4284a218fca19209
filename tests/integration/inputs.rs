//! Inputs read by content, and nothing lost or misread silently: every document yields a record and
//! every path that cannot be read yields an error record, with exit code 2.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use vnextract::Record;
use vnextract::normalize::legacy::{Encoding, encode_with};

use crate::common::{bin, gzip, parse_records, python_duckdb, run, run_stdin, tempdir, write};

fn jsonl(ids: &[&str]) -> String {
    ids.iter().map(|id| format!("{{\"id\":\"{id}\",\"text\":\"Bài {id}\\nCó 5 dự án.\"}}\n")).collect()
}

fn array(ids: &[&str]) -> String {
    let items: Vec<String> =
        ids.iter().map(|id| format!("  {{\"id\": \"{id}\", \"text\": \"Bài {id}\\nCó 7 dự án.\"}}")).collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

fn ok_ids(recs: &[Record]) -> Vec<&str> {
    recs.iter().filter(|r| r.error.is_none()).map(|r| r.id.as_str()).collect()
}

fn error_paths(recs: &[Record]) -> Vec<String> {
    recs.iter()
        .filter(|r| r.error.is_some())
        .map(|r| Path::new(&r.source.path).file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

/// The binary where permission bits hold: as it is for a user; for root, who reads everything, under
/// `setpriv` without the two capabilities that bypass them. None (with a notice) when root has no setpriv.
fn bin_under_permissions() -> Option<Command> {
    if !is_root() {
        return Some(bin());
    }
    if !Command::new("setpriv").arg("--version").output().is_ok_and(|o| o.status.success()) {
        crate::common::skip("running as root without setpriv: permission bits cannot make a path unreadable");
        return None;
    }
    let mut c = Command::new("setpriv");
    c.args(["--bounding-set=-dac_override,-dac_read_search", env!("CARGO_BIN_EXE_vnextract")]);
    Some(c)
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// The issue's measure: a directory mixing every supported and unsupported kind, with an unreadable
/// file and sub-folder, a dangling link and a link loop: records = documents + paths that could not
/// be read.
#[test]
fn directory_of_every_kind_loses_nothing() {
    let Some(mut cmd) = bin_under_permissions() else { return };
    let dir = tempdir();
    let d = dir.path();
    write(d, "a.txt", "Tiêu đề A\nCó 3 dự án.");
    write(d, "b.txt.gz", gzip("Tiêu đề B\nCó 4 dự án.".as_bytes()));
    write(d, "c.json", jsonl(&["c1", "c2"]));
    write(d, "d.json", array(&["d1", "d2", "d3"]));
    write(d, "e.ndjson", jsonl(&["e1", "e2"]));
    write(d, "f.jsonl.gz", gzip(jsonl(&["f1", "f2"]).as_bytes()));
    write(d, "g.json.gz", gzip(array(&["g1", "g2"]).as_bytes()));
    write(d, "h.txt", "Tiêu đề H\nCó 6 dự án.");
    write(d, "h.gold.json", "{\"numbers\": []}");
    write(d, "empty.jsonl", "");
    write(d, "notes.md", "# not an article");
    write(d, "data.csv", "id,text\n1,x\n");
    write(d, "i.jsonl.zst", b"\x28\xb5\x2f\xfd\x00\x00");
    let zst =
        ruzstd::encoding::compress_to_vec(jsonl(&["k1", "k2"]).as_bytes(), ruzstd::encoding::CompressionLevel::Fastest);
    write(d, "k.jsonl.zst", zst);
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("dangling.txt")).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    write(&d.join("sub"), "j.txt", "Tiêu đề J\nCó 8 dự án.");
    std::os::unix::fs::symlink("..", d.join("sub").join("up")).unwrap();
    std::fs::create_dir(d.join("locked")).unwrap();
    write(&d.join("locked"), "k.txt", "Tiêu đề K\nCó 9 dự án.");
    write(d, "secret.txt", "Tiêu đề S\nCó 2 dự án.");
    chmod(&d.join("locked"), 0o000);
    chmod(&d.join("secret.txt"), 0o000);
    let out = cmd.args(["extract", d.to_str().unwrap()]).output().expect("run");
    chmod(&d.join("locked"), 0o755);
    chmod(&d.join("secret.txt"), 0o644);

    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = parse_records(&out.stdout);
    let mut ok = ok_ids(&recs);
    ok.sort_unstable();
    let docs = ["a", "b", "c1", "c2", "d1", "d2", "d3", "e1", "e2", "f1", "f2", "g1", "g2", "h", "j", "k1", "k2"];
    assert_eq!(ok, docs);
    let mut failed = error_paths(&recs);
    failed.sort_unstable();
    let unreadable = ["dangling.txt", "data.csv", "i.jsonl.zst", "locked", "notes.md", "secret.txt", "up"];
    assert_eq!(failed, unreadable, "{recs:#?}");
    assert_eq!(recs.len(), docs.len() + unreadable.len());
    for r in recs.iter().filter(|r| r.error.is_none()) {
        assert_eq!(r.numbers.len(), 1, "{}: {:?}", r.id, r.text);
    }
    let why = |name: &str| recs.iter().find(|r| r.source.path.ends_with(name)).unwrap().error.clone().unwrap();
    assert!(why("locked").contains("Permission denied"), "{}", why("locked"));
    assert!(why("secret.txt").contains("Permission denied"), "{}", why("secret.txt"));
    assert!(why("notes.md").contains("unsupported file type"));
    assert!(why("i.jsonl.zst").contains("zstd"));
    assert!(why("up").contains("loop"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{} documents, {} errors", recs.len(), unreadable.len())), "{stderr}");
}

#[test]
fn unreadable_subfolder_is_an_error_record() {
    let Some(mut cmd) = bin_under_permissions() else { return };
    let dir = tempdir();
    write(dir.path(), "a.txt", "Tiêu đề\nCó 3 dự án.");
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    write(&locked, "b.txt", "Tiêu đề\nCó 4 dự án.");
    chmod(&locked, 0o000);
    let out = cmd.args(["extract", dir.path().to_str().unwrap(), "--quiet"]).output().unwrap();
    chmod(&locked, 0o755);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1].source.path, locked.display().to_string());
    assert!(recs[1].error.as_deref().unwrap().contains("Permission denied"));
}

/// JSON Lines named `.json` (or anything) is read as JSON Lines, a JSON array as records, and text
/// named `.json` as text: by content, not by name.
#[test]
fn files_are_read_by_content_not_name() {
    let dir = tempdir();
    let p = write(dir.path(), "archive.json", jsonl(&["x1", "x2", "x3"]));
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = parse_records(&out.stdout);
    assert_eq!(ok_ids(&recs), ["x1", "x2", "x3"]);
    assert!(recs.iter().all(|r| r.numbers.len() == 1 && r.text.starts_with("Bài")));

    let p = write(dir.path(), "records.txt", array(&["y1", "y2"]));
    let recs = parse_records(&run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout);
    assert_eq!(ok_ids(&recs), ["y1", "y2"]);
    assert_eq!(recs[1].source.line, Some(3));

    // One pretty-printed record is one document, named after its file when it has no id.
    let p = write(dir.path(), "one.json", "{\n  \"title\": \"Tiêu đề\",\n  \"text\": \"Có 5 dự án.\"\n}\n");
    let recs = parse_records(&run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout);
    assert_eq!(ok_ids(&recs), ["one"]);
    assert_eq!((recs[0].title.as_deref(), recs[0].numbers.len()), (Some("Tiêu đề"), 1));

    // Text that merely starts with a bracket stays one article.
    let p = write(dir.path(), "article.json", "[Video] Tiêu đề\nCó 5 dự án.");
    let recs = parse_records(&run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].title.as_deref(), Some("[Video] Tiêu đề"));

    // Gzip named without .gz, and a byte-order mark before JSON Lines.
    let p = write(dir.path(), "packed.jsonl", gzip(format!("\u{feff}{}", jsonl(&["z1"])).as_bytes()));
    let recs = parse_records(&run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout);
    assert_eq!(ok_ids(&recs), ["z1"]);
}

#[test]
fn json_array_damage_is_reported_after_the_good_elements() {
    let dir = tempdir();
    let p = write(
        dir.path(),
        "cut.json",
        "[{\"id\": \"a\", \"text\": \"Có 5 dự án.\"}, {\"text\": 7}, {\"id\": \"b\", \"te",
    );
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    let got: Vec<(&str, bool)> = recs.iter().map(|r| (r.id.as_str(), r.error.is_some())).collect();
    assert_eq!(got, [("a", false), ("cut[1]", true), ("cut[2]", true)]);
    assert!(recs[2].error.as_deref().unwrap().contains("not closed"));
}

#[test]
fn gzip_on_stdin_is_detected_by_magic_bytes() {
    let body = jsonl(&["s1", "s2"]);
    let out = run_stdin(&["extract", "-", "--quiet"], &gzip(body.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(ok_ids(&parse_records(&out.stdout)), ["s1", "s2"]);
    // A text article on stdin, gzip'd.
    let out = run_stdin(&["extract", "--quiet"], &gzip("Tiêu đề\nCó 5 dự án.".as_bytes()));
    let recs = parse_records(&out.stdout);
    assert_eq!((recs.len(), recs[0].id.as_str(), recs[0].numbers.len()), (1, "stdin", 1));
}

#[test]
fn zstd_on_stdin_is_detected_by_magic_bytes() {
    let body = jsonl(&["z1", "z2"]);
    let zst = ruzstd::encoding::compress_to_vec(body.as_bytes(), ruzstd::encoding::CompressionLevel::Fastest);
    let out = run_stdin(&["extract", "-", "--quiet"], &zst);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(ok_ids(&parse_records(&out.stdout)), ["z1", "z2"]);
}

#[test]
fn dash_output_is_stdout() {
    let dir = tempdir();
    let p = write(dir.path(), "in.jsonl", jsonl(&["o1"]));
    let out =
        bin().current_dir(dir.path()).args(["extract", p.to_str().unwrap(), "-o", "-", "--quiet"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(ok_ids(&parse_records(&out.stdout)), ["o1"]);
    assert!(!dir.path().join("-").exists(), "a file named - was written");
}

#[test]
fn stats_reads_stdin_plain_or_gzip() {
    let dir = tempdir();
    let p = write(dir.path(), "in.jsonl", jsonl(&["t1", "t2"]));
    let extracted = run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout;
    for input in [extracted.clone(), gzip(&extracted)] {
        let out = run_stdin(&["stats", "-", "--json"], &input);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(s["documents"].as_u64(), Some(2));
        assert_eq!(s["entities"]["numbers"].as_u64(), Some(2));
    }
}

#[test]
fn a_missing_path_among_several_does_not_stop_the_others() {
    let dir = tempdir();
    let a = write(dir.path(), "a.jsonl", jsonl(&["m1"]));
    let b = write(dir.path(), "b.jsonl", jsonl(&["m2"]));
    let missing = dir.path().join("nope.jsonl");
    let out = run(&["extract", a.to_str().unwrap(), missing.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    let got: Vec<(&str, bool)> = recs.iter().map(|r| (r.id.as_str(), r.error.is_some())).collect();
    assert_eq!(got, [("m1", false), ("nope", true), ("m2", false)]);
    assert!(recs[1].error.as_deref().unwrap().contains("No such file"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("failed: nope"), "{stderr}");
}

#[test]
fn failures_are_named_on_stderr_and_usage_errors_have_their_own_code() {
    let dir = tempdir();
    let lines: String = (0..8).map(|i| format!("{{\"id\": \"bad{i}\"}}\n")).collect();
    let p = write(dir.path(), "in.jsonl", format!("{}{lines}", jsonl(&["good"])));
    let out = run(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("9 documents, 8 errors"), "{stderr}");
    for i in 0..5 {
        assert!(
            stderr.contains(&format!("failed: bad{i} ({}:{}): missing field \"text\"", p.display(), i + 2)),
            "{stderr}"
        );
    }
    assert!(!stderr.contains("bad5"), "{stderr}");
    assert!(stderr.contains("and 3 more"), "{stderr}");

    for args in [&["extract", "--no-such-flag"][..], &["extract", "x", "--shard", "3/3"], &["nonsense"]] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
    }
    let help = String::from_utf8(run(&["extract", "--help"]).stdout).unwrap();
    assert!(help.contains("Exit status") && help.contains("64 a usage error"), "{help}");
    assert_eq!(run(&["--help"]).status.code(), Some(0));
}

#[test]
fn a_bad_byte_in_a_utf8_article_is_replaced_with_a_warning() {
    let dir = tempdir();
    let text = "Tiêu đề\nNăm 2017, tỉnh có 28 dự án với tổng vốn 224,5 triệu USD. ".repeat(20);
    let (at, _) = text.char_indices().nth(150).unwrap();
    let bytes = [&text.as_bytes()[..at], b"\xff", &text.as_bytes()[at..]].concat();
    let p = write(dir.path(), "a.txt", &bytes);
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r = &parse_records(&out.stdout)[0];
    assert!(r.error.is_none());
    assert_eq!(r.encoding, None);
    assert_eq!(r.text.matches('\u{fffd}').count(), 1);
    assert!(r.warnings.iter().any(|w| w.contains("1 invalid byte sequence")), "{:?}", r.warnings);
    assert!(r.numbers.len() >= 20);

    // The same in a JSON line.
    let mut line = b"{\"id\": \"j\", \"text\": \"Gi\xc3\xa1 v\xc3\xa0ng t\xc4\x83ng 5%\xff.\"}\n".to_vec();
    line.extend_from_slice(jsonl(&["k"]).as_bytes());
    let p = write(dir.path(), "b.jsonl", &line);
    let recs = parse_records(&run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout);
    assert_eq!(ok_ids(&recs), ["j", "k"]);
    assert_eq!(recs[0].text, "Giá vàng tăng 5%\u{fffd}.");
}

#[test]
fn a_short_utf8_line_with_two_bad_bytes_is_not_decoded_as_legacy() {
    let dir = tempdir();
    // The second was read as VNI: "HÃ ng ng‡Ã n ngỈ°á\"…i mua vÃ ng ngÃ y ư".
    let rows: [(&[u8], &str); 2] = [
        (b"Gi\xc3\xa1 v\xc3\xa0ng \xc4\x91\xc3\xa3 t\xc4\x83ng \xe9\xff", "Giá vàng đã tăng \u{fffd}\u{fffd}"),
        (
            b"H\xc3\xa0ng ng\x87\xc3\xa0n ng\xc6\xb0\xe1\xbb\x9di mua v\xc3\xa0ng ng\xc3\xa0y \xf6",
            "Hàng ng\u{fffd}àn người mua vàng ngày \u{fffd}",
        ),
    ];
    for (bytes, want) in rows {
        let p = write(dir.path(), "a.txt", bytes);
        let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
        assert!(out.status.success(), "{want}");
        let r = &parse_records(&out.stdout)[0];
        assert_eq!((r.encoding.as_deref(), r.text.as_str()), (None, want));
        assert!(r.warnings.iter().any(|w| w.contains("2 invalid byte sequences")), "{:?}", r.warnings);
    }
}

/// TCVN3 bytes that something read as Windows-1252 before writing JSON Lines come out as the raw bytes
/// do, also when a clean dateline opens the line ("Bé" is a word both ways and is TCVN3 for "Bộ").
#[test]
fn tcvn3_read_as_windows_1252_is_repaired_like_raw_bytes() {
    let article = "Theo Bộ Tài chính, số vốn đầu tư năm 2017 là 224,5 triệu USD, tăng 5% so với cùng kỳ. Vụ Ngân \
                   sách nhà nước cho biết các dự án vô cùng quan trọng đã được phê duyệt.";
    let bytes = encode_with(Encoding::Tcvn3, article, true);
    let dir = tempdir();
    let raw = write(dir.path(), "raw.txt", [b"Tin\n".as_slice(), &bytes].concat());
    let raw = &parse_records(&run(&["extract", raw.to_str().unwrap(), "--quiet"]).stdout)[0];
    assert_eq!(raw.text, format!("Tin\n{article}"));

    // Windows-1252 and Latin-1 agree on every byte the ABC fonts use.
    let mojibake: String = bytes.iter().map(|&b| char::from(b)).collect();
    assert!(mojibake.contains("Bé Tµi chÝnh"), "{mojibake}");
    let dateline = "Hà Nội, ngày 5 tháng 3 - ";
    let lines = [
        serde_json::json!({"id": "plain", "title": "Tin", "text": mojibake}),
        serde_json::json!({"id": "dateline", "title": "Tin", "text": format!("{dateline}{mojibake}")}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let p = write(dir.path(), "m.jsonl", body);
    let recs = parse_records(&run(&["extract", p.to_str().unwrap(), "--quiet"]).stdout);
    assert_eq!(recs[0].text, raw.text);
    assert_eq!(recs[1].text, format!("Tin\n{dateline}{article}"));
    for r in &recs {
        assert_eq!(r.encoding.as_deref(), Some("tcvn3"), "{}", r.id);
        assert_eq!(r.numbers.len(), raw.numbers.len(), "{}", r.id);
    }
}

/// The README's DuckDB route: with `vnextract schema --duckdb` as the columns, money sums are exact
/// decimals; `read_json_auto` reads DOUBLE and loses the last digits. Needs Python's duckdb (installed
/// by CI); skips with a notice without it.
#[test]
fn duckdb_sums_are_exact_with_schema_columns() {
    let dir = tempdir();
    let body: String = (0..3000)
        .map(|i| {
            let text = format!("Tiêu đề\nDự án được cấp 1.234.567.891.234,{} đồng.", i % 10);
            format!("{}\n", serde_json::json!({"id": format!("d{i}"), "text": text}))
        })
        .collect();
    let p = write(dir.path(), "in.jsonl", body);
    let outp = dir.path().join("out.jsonl");
    assert!(run(&["extract", p.to_str().unwrap(), "-o", outp.to_str().unwrap(), "--quiet"]).status.success());
    let cols = String::from_utf8(run(&["schema", "--duckdb"]).stdout).unwrap();
    let script = r#"
import duckdb, sys
cols, path = sys.argv[1], sys.argv[2]
q = "SELECT sum(n.value)::VARCHAR FROM (SELECT unnest(numbers) AS n FROM {}) WHERE n.unit = 'VND'"
con = duckdb.connect()
print(con.execute(q.format(f"read_json('{path}', columns = {cols})")).fetchall()[0][0])
print(con.execute(q.format(f"read_json_auto('{path}')")).fetchall()[0][0])
"#;
    let Some(stdout) = python_duckdb(script, &[cols.trim(), outp.to_str().unwrap()]) else { return };
    let lines: Vec<&str> = stdout.lines().collect();
    // 3000 × 1,234,567,891,234 + 300 × (0.0 + 0.1 + … + 0.9), to the last digit (DOUBLE: `lines[1]`).
    assert_eq!(lines[0], "3703703673703350.000000", "{stdout}");
}
