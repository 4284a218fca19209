//! The whole pipeline on arbitrary bytes: as a JSON line (decode, parse) and as article text. Checks the
//! invariants a user relies on: no panic, spans slice `text`, output deterministic, normalisation
//! idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnextract::input::array::{Part, Splitter};
use vnextract::input::decode::decode;
use vnextract::input::open::sniff;
use vnextract::input::parse_json_line;
use vnextract::normalize::{Options as NormOptions, normalize_str};
use vnextract::pipeline::{InputDoc, Options, process};

fuzz_target!(|data: &[u8]| {
    // Input reading: format sniffing, the JSON array splitter, decoding (UTF-8, legacy, replaced
    // bytes) and one JSON line.
    let _ = sniff(data);
    for part in Splitter::new(data) {
        if let Part::Element { bytes, .. } = part {
            // An element is a run of the input's own bytes.
            assert!(!bytes.is_empty() && data.windows(bytes.len()).any(|w| w == bytes.as_slice()));
        }
    }
    let _ = decode(data.to_vec());
    let _ = parse_json_line(data.to_vec(), "fuzz", "fuzz", 1);
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = InputDoc { id: "f".into(), text: text.to_string(), published: Some("20210426".into()), ..InputDoc::default() };
    let rec = process(&doc, &Options::default());
    let chars: Vec<char> = rec.text.chars().collect();
    let check = |span: [usize; 2], t: &str| {
        assert!(span[0] < span[1] && span[1] <= chars.len());
        assert_eq!(chars[span[0]..span[1]].iter().collect::<String>(), t);
    };
    vnextract::extract::entities(&rec).into_iter().for_each(|(_, span, t)| check(span, t));
    let again = process(&doc, &Options::default());
    assert_eq!(serde_json::to_string(&rec).unwrap(), serde_json::to_string(&again).unwrap());
    let o = NormOptions::default();
    let once = normalize_str(text, &o);
    assert_eq!(normalize_str(&once, &o), once);
});
