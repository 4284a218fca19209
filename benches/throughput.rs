//! Throughput per stage (normalise, each extractor, the whole pipeline) in bytes per second.
//!
//! Input: the first 2,000 articles of `../shared/data/news/baomoi-2017.jsonl.gz` when present, else the
//! articles in `corpus/`. Run with `cargo bench`; see README "Performance".

use std::io::{BufRead, BufReader};
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vnextract::extract::{Doc, REGISTRY};
use vnextract::normalize::{Options as NormOptions, normalize};
use vnextract::pipeline::{InputDoc, Options, process};

fn load() -> Vec<String> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/baomoi-2017.jsonl.gz");
    if let Ok(f) = std::fs::File::open(&shared) {
        let r = BufReader::new(flate2::read::GzDecoder::new(f));
        return r
            .lines()
            .take(2000)
            .filter_map(|l| {
                let v: serde_json::Value = serde_json::from_str(&l.ok()?).ok()?;
                Some(format!("{}\n{}", v["title"].as_str()?, v["text"].as_str()?))
            })
            .collect();
    }
    eprintln!("NOTICE: {} absent; benchmarking on corpus/", shared.display());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "txt").then(|| std::fs::read_to_string(p).ok())?
        })
        .collect();
    v.sort();
    v
}

fn bench(c: &mut Criterion) {
    let docs = load();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("normalize", |b| {
        b.iter(|| docs.iter().map(|d| normalize(d, &NormOptions::default()).text.len()).sum::<usize>())
    });
    let normalized: Vec<String> = docs.iter().map(|d| normalize(d, &NormOptions::default()).text).collect();
    // Every extractor's triggers in one pass, as the pipeline finds them.
    g.bench_function("triggers", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|t| vnextract::extract::find_triggers(t).lanes.iter().flatten().map(Vec::len).sum::<usize>())
                .sum::<usize>()
        })
    });
    // Each extractor alone, finding its own triggers.
    for ex in REGISTRY {
        g.bench_function(ex.name(), |b| {
            let mut out = Vec::new();
            b.iter(|| {
                let mut n = 0;
                for t in &normalized {
                    out.clear();
                    ex.extract(&Doc::new(t, None), &mut out);
                    n += out.len();
                }
                n
            })
        });
    }
    let inputs: Vec<InputDoc> = docs
        .iter()
        .enumerate()
        .map(|(i, t)| InputDoc { id: i.to_string(), text: t.clone(), ..InputDoc::default() })
        .collect();
    g.bench_function("pipeline", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|d| serde_json::to_vec(&process(d, &Options::default())).map_or(0, |v| v.len()))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
