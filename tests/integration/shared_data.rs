//! Checks on the real archives in `../shared/data` and the hand-made gold in `../shared/corpus`.
//! Each test skips with a notice when `../shared` is absent, and fails when the data is there and the
//! result is wrong.

use std::io::{BufRead, BufReader};

use crate::common::{parse_records, run, shared};

#[test]
fn dantri_first_300_articles_keep_ids_order_and_spans() {
    let Some(path) = shared("data/news/dantri-2019-2021.jsonl.gz") else { return };
    let dir = crate::common::tempdir();
    let mut ids = Vec::new();
    let mut lines = String::new();
    let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap()));
    for line in reader.lines().take(300) {
        let line = line.unwrap();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        ids.push(v["id"].as_str().unwrap().to_string());
        lines.push_str(&line);
        lines.push('\n');
    }
    let p = crate::common::write(dir.path(), "first300.jsonl", lines);
    let out = run(&["extract", p.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success());
    let recs = parse_records(&out.stdout);
    let got: Vec<String> = recs.iter().map(|r| r.id.clone()).collect();
    assert_eq!(got, ids);
    assert!(recs.iter().all(|r| r.published.is_some() && r.error.is_none()));
}

#[test]
fn eval_runs_on_seed_and_dev() {
    let (Some(seed), Some(dev)) = (shared("corpus/seed"), shared("corpus/dev")) else { return };
    for dir in [seed, dev] {
        let out = run(&["eval", dir.to_str().unwrap(), "--json"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["documents"].as_u64().unwrap() >= 1);
    }
}

/// The normaliser's fast path (text that is already normal is copied) gives the same text and offsets
/// as the full path on every real article: clean archives, and the decomposed, badly marked ones.
#[test]
fn normalize_fast_path_matches_full_path_on_real_articles() {
    use vnextract::normalize::{Options, normalize, normalize_reference};
    let files = [
        ("data/news/dantri-2019-2021.jsonl.gz", usize::MAX),
        ("data/news/vims-2017.jsonl.gz", usize::MAX),
        ("data/news/vietnews-sample.jsonl.gz", usize::MAX),
        ("data/news/baomoi-2017.jsonl.gz", 3000),
        ("data/encodings/real-decomposed-unicode.jsonl.gz", usize::MAX),
    ];
    for (rel, limit) in files {
        let Some(path) = shared(rel) else { return };
        let reader = BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(&path).unwrap()));
        let mut n = 0;
        for line in reader.lines().take(limit) {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            let full = vnextract::pipeline::full_text(v["title"].as_str(), v["text"].as_str().unwrap_or(""));
            let (a, b) = (normalize(&full, &Options::default()), normalize_reference(&full, &Options::default()));
            assert!(a.text == b.text && a.offsets == b.offsets, "{rel}: article {n} normalises differently");
            n += 1;
        }
        assert!(n > 0, "{rel}: no articles read");
    }
}
