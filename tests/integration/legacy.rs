//! CLI checks for legacy encodings: the built binary reads a TCVN3 file and a JSON line holding CP1258
//! mojibake, and reports the encoding, a warning and correct Vietnamese text.

use std::process::Command;

use vnextract::normalize::legacy::{Encoding, encode_with};

fn extract(dir: &std::path::Path) -> Vec<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_vnextract")).arg("extract").arg(dir).output().expect("run vnextract");
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    stdout.lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect()
}

#[test]
fn tcvn3_file_is_decoded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let title = "Hội đồng nhân dân tỉnh họp chuyên đề";
    let body = "Sáng nay, kỳ họp thứ hai đã thông qua kế hoạch đầu tư công trung hạn của tỉnh.";
    let bytes = encode_with(Encoding::Tcvn3, &format!("{title}\n{body}\n"), true);
    assert!(std::str::from_utf8(&bytes).is_err());
    std::fs::write(dir.path().join("bai-tcvn3.txt"), &bytes).expect("write");
    let recs = extract(dir.path());
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["encoding"], "tcvn3", "{r}");
    assert!(
        r["warnings"].as_array().is_some_and(|w| w.iter().any(|w| w.as_str().unwrap_or("").contains("tcvn3"))),
        "{r}"
    );
    // The ABC fonts have no uppercase accented letters: "Hội" keeps its capital (plain H).
    assert_eq!(r["title"], title, "{r}");
    assert_eq!(r["text"], format!("{title}\n{body}"), "{r}");
}

#[test]
fn cp1258_mojibake_line_is_repaired() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Thủ tướng yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công.";
    let moji: String = encode_with(Encoding::Cp1258, text, false).iter().map(|&b| b as char).collect();
    let line = serde_json::json!({"id": "m1", "title": "Tin trong nước", "text": moji});
    std::fs::write(dir.path().join("moji.jsonl"), format!("{line}\n")).expect("write");
    let recs = extract(dir.path());
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["encoding"], "cp1258", "{r}");
    assert!(r["warnings"].as_array().is_some_and(|w| !w.is_empty()), "{r}");
    assert_eq!(r["text"], format!("Tin trong nước\n{text}"), "{r}");
}
