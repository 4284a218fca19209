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

/// Reads the articles of a gzipped JSON Lines archive as the library's input documents.
fn archive_docs(rel: &str, limit: usize) -> Option<Vec<vnextract::pipeline::InputDoc>> {
    let path = shared(rel)?;
    let reader = BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(&path).unwrap()));
    let docs = reader
        .lines()
        .take(limit)
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            let s = |k: &str| v[k].as_str().map(str::to_string);
            vnextract::pipeline::InputDoc {
                id: s("id").unwrap_or_default(),
                title: s("title"),
                text: s("text").unwrap_or_default(),
                published: s("published").or_else(|| s("date")),
                ..Default::default()
            }
        })
        .collect();
    Some(docs)
}

/// Every date whose year comes from the publication date (an inferred year, or a relative date such as
/// "hôm qua", "năm ngoái") lands within a year of it, over the whole dantri archive.
#[test]
fn dantri_inferred_and_relative_dates_stay_near_publication() {
    let Some(docs) = archive_docs("data/news/dantri-2019-2021.jsonl.gz", usize::MAX) else { return };
    let opts = vnextract::pipeline::Options::default();
    let mut checked = 0;
    for doc in &docs {
        let rec = vnextract::pipeline::process(doc, &opts);
        let Some(published) = rec.published.as_deref() else { continue };
        let pub_year: i32 = published[..4].parse().unwrap();
        for d in rec.dates.iter().filter(|d| d.relative || d.year_inferred) {
            for v in [&d.value, &d.from, &d.to].into_iter().flatten() {
                let Ok(year) = v.get(..4).unwrap_or("").parse::<i32>() else { continue };
                assert!(
                    (year - pub_year).abs() <= 1,
                    "{}: {:?} read as {v} in an article of {published}",
                    rec.id,
                    d.text
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} inferred or relative dates checked");
}

/// The one trigger pass the pipeline runs finds what each extractor finds with its own automaton, on real
/// articles.
#[test]
fn one_trigger_pass_extracts_as_each_extractor_alone() {
    use vnextract::extract::{Doc, REGISTRY, find_triggers};
    let Some(docs) = archive_docs("data/news/vims-2017.jsonl.gz", 2000) else { return };
    let mut found = 0;
    for doc in &docs {
        let full = vnextract::pipeline::full_text(doc.title.as_deref(), &doc.text);
        let text = vnextract::normalize::normalize(&full, &Default::default()).text;
        let triggers = find_triggers(&text);
        for (k, ex) in REGISTRY.iter().enumerate() {
            let (mut alone, mut shared_pass) = (Vec::new(), Vec::new());
            ex.extract(&Doc::new(&text, None), &mut alone);
            ex.extract(&triggers.doc(k, &text, None), &mut shared_pass);
            assert_eq!(alone, shared_pass, "{}: {}", doc.id, ex.name());
            found += alone.len();
        }
    }
    assert!(found > 1000, "only {found} entities found");
}
