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

/// A 50 MB document dense with triggers (seven entities every hundred bytes): one valid record.
#[test]
fn fifty_megabyte_single_line() {
    let unit = "Năm 2017, tỉnh có 28 dự án với tổng vốn 224,5 triệu USD theo Nghị định 67/2014/NĐ-CP của UBND tỉnh. ";
    let text = unit.repeat(50_000_000 / unit.len());
    let r = one_record("big", text);
    assert!(r.text.len() >= 49_000_000);
}

/// A 50 MB document of real news (the baomoi archive's articles, one after another): one record, and a peak
/// memory of at most 600 MB, measured by GNU time around the binary (about 470 MB since the output line is
/// sized for its entities and the lower-cased text is freed before the record is made; 600-650 MB before).
#[test]
fn fifty_megabytes_of_news_in_one_document_stay_under_600_mb() {
    use std::io::BufRead;
    let Some(archive) = crate::common::shared("data/news/baomoi-2017.jsonl.gz") else { return };
    let time = std::path::Path::new("/usr/bin/time");
    if !time.exists() {
        crate::common::skip("no /usr/bin/time (apt-get install time): peak memory of a 50 MB article not checked");
        return;
    }
    let gz = flate2::read::GzDecoder::new(std::fs::File::open(archive).unwrap());
    let mut text = String::with_capacity(51_000_000);
    for line in std::io::BufReader::new(gz).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        text.push_str(v["text"].as_str().unwrap_or_default());
        text.push('\n');
        if text.len() >= 50_000_000 {
            break;
        }
    }
    assert!(text.len() >= 50_000_000, "the archive holds 50 MB of text");
    let tmp = tempdir();
    let p = write(tmp.path(), "in.jsonl", serde_json::json!({"id": "news", "text": text}).to_string());
    let out = std::process::Command::new(time)
        .args(["-f", "%M", env!("CARGO_BIN_EXE_vnextract"), "extract", p.to_str().unwrap(), "--quiet"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let recs = parse_records(&out.stdout);
    assert_eq!(recs.len(), 1);
    assert!(recs[0].error.is_none() && recs[0].text.len() >= 49_000_000, "{:?}", recs[0].error);
    assert!(recs[0].numbers.len() > 10_000, "the news is read, not skipped");
    let kb: u64 = stderr.lines().last().and_then(|l| l.trim().parse().ok()).expect("GNU time prints the peak RSS");
    assert!(kb <= 600 * 1024, "peak RSS {} MB on a 50 MB article (at most 600 MB)", kb / 1024);
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
