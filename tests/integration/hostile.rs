//! Hostile input: huge lines, long runs of digits and dots, deep nesting, a trigger phrase repeated a
//! million times. Each must come out as one valid record (the pipeline is linear; the README gives the
//! measured times), and a document over the size limit is reported, not truncated.

use crate::common::{parse_records, run, tempdir, write};

fn one_record(name: &str, text: String) -> vnextract::Record {
    let dir = tempdir();
    let line = serde_json::json!({"id": name, "text": text}).to_string();
    let p = write(dir.path(), "in.jsonl", line);
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let mut recs = parse_records(&out.stdout);
    assert_eq!(recs.len(), 1, "{name}");
    let r = recs.remove(0);
    assert!(r.error.is_none(), "{name}: {:?}", r.error);
    r
}

#[test]
fn fifty_megabyte_single_line() {
    let unit = "Năm 2017, tỉnh có 28 dự án với tổng vốn 224,5 triệu USD theo Nghị định 67/2014/NĐ-CP của UBND tỉnh. ";
    let text = unit.repeat(50_000_000 / unit.len());
    let r = one_record("big", text);
    assert!(r.text.len() >= 49_000_000);
}

#[test]
fn a_megabyte_of_digits_and_dots() {
    let text: String = "1234567890.".repeat(100_000);
    let r = one_record("digits", text);
    assert_eq!(r.text.len(), 1_100_000);
    let text: String = "1.2,3/4-5 ".repeat(100_000);
    one_record("separators", text);
}

#[test]
fn hundred_thousand_nested_parentheses() {
    let text = format!("Tiêu đề\n{}Ngân hàng Châu Á (ADB){}", "(".repeat(100_000), ")".repeat(100_000));
    one_record("nested", text);
}

#[test]
fn a_million_trigger_phrases() {
    let text = "Chỉ thị số ".repeat(1_000_000);
    let r = one_record("triggers", text);
    assert!(r.directives.is_empty(), "a trigger without a number is not a directive");
}

#[test]
fn over_the_size_limit_is_an_error_record() {
    let dir = tempdir();
    let text = "a".repeat(vnextract::input::MAX_DOCUMENT_BYTES + 10);
    let p = write(dir.path(), "huge.txt", text);
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert_eq!(out.status.code(), Some(2));
    let recs = parse_records(&out.stdout);
    assert!(recs[0].error.as_deref().unwrap().contains("exceeds the limit"));
}
