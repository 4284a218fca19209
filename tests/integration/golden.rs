//! Golden snapshots of every article in `corpus/` (review changes with `cargo insta review`).

use vnextract::pipeline::{InputDoc, Options, process};

use crate::common::root;

#[test]
fn corpus_snapshots() {
    let dir = root().join("corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "corpus/ has {} articles", names.len());
    for name in names {
        let path = dir.join(&name);
        let stem = name.trim_end_matches(".txt").to_string();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{stem}.gold.json"))).unwrap()).unwrap();
        let doc = InputDoc {
            id: stem.clone(),
            text: std::fs::read_to_string(&path).unwrap(),
            published: gold.get("date").and_then(|d| d.as_str()).map(str::to_string),
            ..InputDoc::default()
        };
        let rec = process(&doc, &Options::default());
        insta::assert_json_snapshot!(stem, rec);
    }
}
