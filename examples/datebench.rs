use std::io::{BufRead, BufReader};
use vnextract::extract::{Doc, Extractor, date::Dates};
fn main() {
    let f = std::fs::File::open(std::env::args().nth(1).unwrap()).unwrap();
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let texts: Vec<String> = r.lines().map(|l| {
        let v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
        vnextract::normalize::normalize_str(v["text"].as_str().unwrap_or(""), &Default::default())
    }).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut out = Vec::new();
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..5 { for t in &texts { out.clear(); Dates.extract(&Doc { text: t, published: None }, &mut out); n += out.len(); } }
    let dt = t0.elapsed().as_secs_f64();
    println!("{n} items, {:.1} MB/s", 5.0 * bytes as f64 / dt / 1e6);
}
