//! The binary on temporary inputs: every output line parsed strictly, spans checked, one record per
//! document, error records and exit codes for bad input.

use std::io::Write;
use std::process::Stdio;

use crate::common::{bin, parse_records, root, run, tempdir, write};

const ARTICLE: &str =
    "Tỉnh hoàn thành kế hoạch\nLSO-Năm 2012, tỉnh có 28 dự án với tổng vốn 224,5 triệu USD.\nMAI VĂN HOA\n";

#[test]
fn extract_corpus_dir_one_record_per_article_in_sorted_order() {
    let out = run(&["extract", root().join("corpus").to_str().unwrap(), "--quiet"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = parse_records(&out.stdout);
    let mut txts: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    txts.sort();
    assert!(txts.len() >= 10);
    let ids: Vec<String> = recs.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, txts);
    for r in &recs {
        assert!(r.error.is_none(), "{}: {:?}", r.id, r.error);
        assert!(r.title.is_some(), "{} has no title", r.id);
    }
}

#[test]
fn output_is_identical_whatever_the_jobs() {
    let corpus = root().join("corpus");
    let a = run(&["extract", corpus.to_str().unwrap(), "--jobs", "1", "--quiet"]);
    let b = run(&["extract", corpus.to_str().unwrap(), "--jobs", "2", "--quiet"]);
    assert!(a.status.success() && b.status.success());
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn txt_structure_and_summary() {
    let dir = tempdir();
    write(dir.path(), "a.txt", ARTICLE);
    let out = run(&["extract", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let recs = parse_records(&out.stdout);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r.id, "a");
    assert_eq!(r.title.as_deref(), Some("Tỉnh hoàn thành kế hoạch"));
    assert_eq!(r.outlet.as_deref(), Some("LSO"));
    assert_eq!(r.author.as_deref(), Some("MAI VĂN HOA"));
    assert!(r.text.starts_with("Tỉnh hoàn thành kế hoạch\nNăm 2012"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 documents, 0 errors"), "{stderr}");
}

#[test]
fn jsonl_bad_lines_become_error_records_and_exit_2() {
    let dir = tempdir();
    let lines = [
        r#"{"id": "ok-1", "title": "Tiêu đề", "text": "Có 5 dự án.", "date": "20210426", "url": "http://x"}"#,
        r#"[1, 2, 3]"#,
        r#"{"id": "no-text", "title": "x"}"#,
        r#"{"id": 42, "text": 7}"#,
        r#"{"text": "Không có id."}"#,
        r#"{not json"#,
        "",
        r#"{"id": "ok-2", "text": "Dòng đầu\nThân bài."}"#,
    ];
    let p = write(dir.path(), "in.jsonl", lines.join("\n"));
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    let summary: Vec<(String, Option<u64>, bool)> =
        recs.iter().map(|r| (r.id.clone(), r.source.line, r.error.is_some())).collect();
    assert_eq!(
        summary,
        vec![
            ("ok-1".into(), Some(1), false),
            ("in:2".into(), Some(2), true),
            ("no-text".into(), Some(3), true),
            ("42".into(), Some(4), true),
            ("in:5".into(), Some(5), false),
            ("in:6".into(), Some(6), true),
            ("ok-2".into(), Some(8), false),
        ]
    );
    assert_eq!(recs[0].published.as_deref(), Some("2021-04-26"));
    assert_eq!(recs[0].title.as_deref(), Some("Tiêu đề"));
    assert_eq!(recs[0].meta.get("url").and_then(|v| v.as_str()), Some("http://x"));
    assert!(recs[2].error.as_deref().unwrap().contains("text"));
    assert_eq!(recs[6].title.as_deref(), Some("Dòng đầu"));
}

#[test]
fn stdin_dash_and_no_path_read_jsonl() {
    for args in [vec!["extract", "-", "--quiet"], vec!["extract", "--quiet"]] {
        let mut child = bin().args(&args).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(b"{\"id\":\"s\",\"text\":\"T\\nB\"}\n").unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let recs = parse_records(&out.stdout);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].source.path, "-");
    }
}

#[test]
fn binary_and_damaged_gzip_are_reported_not_lost() {
    let dir = tempdir();
    write(dir.path(), "a-binary.txt", b"\x00\x01\x02ELF\x00\x00");
    // A gzip stream cut in the middle: the lines before the damage still come out.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..2000 {
        writeln!(gz, "{{\"id\":\"d{i}\",\"text\":\"Bài {i}\\nCó {i} dự án được phê duyệt trong năm nay.\"}}").unwrap();
    }
    let bytes = gz.finish().unwrap();
    write(dir.path(), "b.jsonl.gz", &bytes[..bytes.len() / 2]);
    let out = run(&["extract", dir.path().to_str().unwrap(), "--quiet"]);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    assert!(recs[0].error.as_deref().unwrap().contains("binary"));
    let last = recs.last().unwrap();
    assert!(last.error.as_deref().unwrap().contains("damaged"), "{:?}", last.error);
    let good = recs.iter().filter(|r| r.error.is_none()).count();
    assert!(good > 100 && good < 2000, "{good} records before the damage");
    for (i, r) in recs[1..recs.len() - 1].iter().enumerate() {
        assert_eq!(r.id, format!("d{i}"));
    }
}

#[test]
fn gzip_output_and_missing_path() {
    let dir = tempdir();
    write(dir.path(), "a.txt", ARTICLE);
    let outp = dir.path().join("out.jsonl.gz");
    let out = run(&["extract", dir.path().join("a.txt").to_str().unwrap(), "-o", outp.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success());
    let mut s = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(std::fs::File::open(&outp).unwrap()), &mut s).unwrap();
    assert_eq!(parse_records(&s).len(), 1);

    // A missing path is a failed input with an error record, not an aborted run.
    let out = run(&["extract", dir.path().join("nope.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    assert!(recs[0].error.as_deref().unwrap().contains("No such file"), "{:?}", recs[0].error);
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempdir();
    let mut body = String::new();
    for i in 0..20000 {
        body.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"Bài\\nCó {i} dự án.\"}}\n"));
    }
    let p = write(dir.path(), "big.jsonl", body);
    let mut child = bin()
        .args(["extract", p.to_str().unwrap(), "--quiet"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn normalize_subcommand_and_help() {
    let dir = tempdir();
    let p = write(dir.path(), "a.txt", "Hàng hoá\u{a0}\u{a0}thuỷ sản – “tốt”");
    let out = run(&["normalize", p.to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Hàng hóa thủy sản - \"tốt\"\n");
    let out = run(&["normalize", p.to_str().unwrap(), "--tone", "old"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Hàng hoá thuỷ sản - \"tốt\"\n");
    for sub in ["extract", "eval", "normalize", "stats", "report", "schema"] {
        let out = run(&[sub, "--help"]);
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Example"), "{sub} --help has no example");
    }
}

#[test]
fn eval_runs_on_our_corpus() {
    let out = run(&["eval", root().join("corpus").to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["documents"].as_u64().unwrap() >= 10);
    for cat in vnextract::eval::categories() {
        assert!(v["categories"][cat]["gold"].as_u64().unwrap_or(0) > 0, "{cat} has no gold in corpus/");
    }
}

/// A gold item marked `nested` lies inside the item before it: the next item with the same text is then
/// the later, standalone occurrence, and it is matched there.
#[test]
fn eval_places_a_nested_gold_item_inside_the_one_before() {
    let dir = tempdir();
    write(
        dir.path(),
        "a.txt",
        "Kiều hối\nTừ năm 1993 đến năm 2018, kiều hối tăng; trong đó năm 2018 đạt 15,9 tỉ USD.\n",
    );
    let gold = r#"{"dates": [
        {"text": "năm 1993 đến năm 2018", "start": "1993", "end": "2018"},
        {"text": "năm 2018", "value": "2018", "nested": true, "optional": true},
        {"text": "năm 2018", "value": "2018"}]}"#;
    write(dir.path(), "a.gold.json", gold);
    let out = run(&["eval", dir.path().to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let dates = &v["categories"]["dates"];
    assert_eq!(dates["gold"].as_u64(), Some(2), "{v}");
    assert_eq!(dates["fn"].as_u64(), Some(0), "{v}");
}

#[test]
fn shards_cover_every_document_once() {
    let dir = tempdir();
    let body: String = (0..300).map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Bài {i}\\nThân.\"}}\n")).collect();
    let p = write(dir.path(), "in.jsonl", body);
    let mut seen = Vec::new();
    for i in 0..3 {
        let out = run(&["extract", p.to_str().unwrap(), "--quiet", "--shard", &format!("{i}/3")]);
        assert!(out.status.success());
        let recs = parse_records(&out.stdout);
        assert!(recs.len() > 50, "shard {i} has {} documents", recs.len());
        seen.extend(recs.into_iter().map(|r| r.id));
    }
    seen.sort();
    let mut want: Vec<String> = (0..300).map(|i| format!("d{i}")).collect();
    want.sort();
    assert_eq!(seen, want);
    assert_eq!(run(&["extract", p.to_str().unwrap(), "--shard", "3/3"]).status.code(), Some(64));
}

#[test]
fn stats_and_report_on_corpus_output() {
    let dir = tempdir();
    let outp = dir.path().join("out.jsonl");
    let corpus = root().join("corpus");
    let out = run(&["extract", corpus.to_str().unwrap(), "-o", outp.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success());
    let recs = parse_records(&std::fs::read(&outp).unwrap());

    let out = run(&["stats", outp.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["documents"].as_u64(), Some(recs.len() as u64));
    let numbers: usize = recs.iter().map(|r| r.numbers.len()).sum();
    assert_eq!(s["entities"]["numbers"].as_u64(), Some(numbers as u64));

    // The report from articles and from the output file show the same highlights.
    let html_a = dir.path().join("a.html");
    let html_b = dir.path().join("b.html");
    assert!(run(&["report", corpus.to_str().unwrap(), "-o", html_a.to_str().unwrap()]).status.success());
    assert!(run(&["report", outp.to_str().unwrap(), "-o", html_b.to_str().unwrap()]).status.success());
    let a = std::fs::read_to_string(&html_a).unwrap();
    assert_eq!(a, std::fs::read_to_string(&html_b).unwrap());
    // Articles may print web addresses; the page itself loads nothing from elsewhere.
    for external in ["src=\"http", "href=\"http", "url(http", "<link", "<script src", "@import"] {
        assert!(!a.contains(external), "report must be self-contained: found {external}");
    }
    let marks = crate::report_marks::marks(&a);
    let total: usize = recs.iter().map(|r| vnextract::extract::entities(r).len()).sum();
    assert_eq!(marks.len(), total);
    crate::report_marks::check_against(&marks, &recs);
}

/// Parquet output (built with `--features parquet`): one row per record, the same ids and entity
/// counts as the JSON Lines output, exact values.
#[cfg(feature = "parquet")]
#[test]
fn parquet_output_mirrors_jsonl() {
    use arrow_array::cast::AsArray;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let dir = tempdir();
    let corpus = root().join("corpus");
    let pq = dir.path().join("out.parquet");
    let out = run(&["extract", corpus.to_str().unwrap(), "--format", "parquet", "-o", pq.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json = run(&["extract", corpus.to_str().unwrap(), "--quiet"]);
    let recs = parse_records(&json.stdout);

    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&pq).unwrap()).unwrap().build().unwrap();
    let mut ids = Vec::new();
    let mut numbers = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let id = batch.column_by_name("id").unwrap().as_string::<i32>();
        let nums = batch.column_by_name("numbers").unwrap().as_list::<i32>();
        for i in 0..batch.num_rows() {
            ids.push(id.value(i).to_string());
            numbers.push(nums.value(i).len());
        }
    }
    assert_eq!(ids, recs.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
    assert_eq!(numbers, recs.iter().map(|r| r.numbers.len()).collect::<Vec<_>>());
}

#[test]
fn old_tone_output_finds_the_same_entities() {
    let corpus = root().join("corpus");
    let new = parse_records(&run(&["extract", corpus.to_str().unwrap(), "--quiet"]).stdout);
    let old = parse_records(&run(&["extract", corpus.to_str().unwrap(), "--quiet", "--tone", "old"]).stdout);
    assert_eq!(new.len(), old.len());
    let mut moved = 0;
    for (n, o) in new.iter().zip(&old) {
        assert_eq!(n.text.chars().count(), o.text.chars().count(), "{}", n.id);
        moved += usize::from(n.text != o.text);
        let spans = |r: &vnextract::Record| -> Vec<[usize; 2]> {
            r.numbers.iter().map(|e| e.span).chain(r.organisations.iter().map(|e| e.span)).collect()
        };
        assert_eq!(spans(n), spans(o), "{}", n.id);
        assert_eq!(n.directives.len(), o.directives.len());
    }
    assert!(moved > 0, "no article changed with --tone old");
    assert!(old.iter().any(|r| r.text.contains("hoá")));
}

#[test]
fn stats_counts_an_organisation_once_whatever_its_form() {
    let text = "Tiêu đề\\nBộ GTVT họp với Bộ Giao thông vận tải và Bộ Y tế. Bộ GTVT cho biết.";
    let dir = tempdir();
    let p = write(dir.path(), "in.jsonl", format!("{{\"id\": \"o\", \"text\": \"{text}\"}}\n"));
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    let recs = parse_records(&out.stdout);
    assert_eq!(recs[0].organisations.len(), 4, "{:?}", recs[0].organisations);
    let out = crate::common::run_stdin(&["stats", "-", "--json"], &out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let top: Vec<(String, u64)> = serde_json::from_value(s["top_organisations"].clone()).unwrap();
    assert_eq!(top, [("Bộ Giao thông vận tải".to_string(), 3), ("Bộ Y tế".to_string(), 1)]);
}

#[test]
fn stats_money_totals_list_iso_currencies_only() {
    let dir = tempdir();
    let p = write(dir.path(), "in.jsonl", "{\"id\": \"c\", \"text\": \"Tiêu đề\\nDự án được cấp 3 triệu USD.\"}\n");
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    let mut rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["numbers"][0]["unit"], "USD");
    // A money mention whose unit is no currency code ("50 cent" of a dollar) is not a currency total.
    let mut cent = rec["numbers"][0].clone();
    cent["unit"] = "cent".into();
    cent["value"] = 50.into();
    rec["numbers"].as_array_mut().unwrap().push(cent);
    let out = crate::common::run_stdin(&["stats", "-", "--json"], format!("{rec}\n").as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys = |k: &str| s[k].as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys("money_totals"), ["USD"]);
    assert_eq!(keys("money_mentions"), ["USD"]);
    assert_eq!(s["money_totals"]["USD"], "3000000");
}
