//! Properties over arbitrary text: no panics, spans slice the text, normalisation is idempotent, and
//! output is deterministic.

use proptest::prelude::*;
use vnextract::normalize::{Options as NormOptions, ToneStyle, normalize, normalize_str};
use vnextract::pipeline::{InputDoc, Options, process};

use crate::common::check_spans;

/// Text that looks like news where it matters: digits with separators, document codes, Vietnamese
/// letters with and without precomposed marks, stray combining marks, odd spaces and dashes.
fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "0",
        "1",
        "2",
        "7",
        "9",
        ".",
        ",",
        "/",
        "-",
        "–",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        "\u{200b}",
        "%",
        "(",
        ")",
        "“",
        "”",
        "a",
        "o",
        "u",
        "y",
        "hoá",
        "thuỷ",
        "Ð",
        "năm",
        "tháng",
        "ngày",
        "số",
        "triệu",
        "tỷ",
        "đồng",
        "USD",
        "gần",
        "trên",
        "Chỉ thị",
        "CT/TU",
        "NĐ-CP",
        "UBND",
        "tỉnh",
        "Bộ",
        "Tài chính",
        "\u{301}",
        "\u{323}",
        "e\u{302}",
        "Ngân hàng",
        "(ADB)",
        "từ",
        "đến",
        "nay",
        "hôm qua",
        "quý",
        "I",
        "Luật",
        "Đất đai",
        "2013",
        "17/3/2008",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn pipeline_never_panics_and_spans_slice(text in newsish(), published in prop::option::of(Just("20210426".to_string()))) {
        let doc = InputDoc { id: "p".into(), text: text.clone(), published, ..InputDoc::default() };
        let a = process(&doc, &Options::default());
        check_spans(&a);
        let b = process(&doc, &Options::default());
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,80}") {
        let doc = InputDoc { id: "u".into(), text, ..InputDoc::default() };
        check_spans(&process(&doc, &Options::default()));
    }

    #[test]
    fn normalisation_is_idempotent(text in newsish()) {
        for tone in [ToneStyle::New, ToneStyle::Old] {
            let o = NormOptions { tone };
            let once = normalize_str(&text, &o);
            prop_assert_eq!(normalize_str(&once, &o), once.clone());
        }
    }

    #[test]
    fn offsets_map_into_the_input(text in newsish()) {
        let n = normalize(&text, &NormOptions::default());
        for (i, _) in n.text.char_indices() {
            let o = n.offsets.to_original(i);
            prop_assert!(o <= text.len() && text.is_char_boundary(o), "{} -> {}", i, o);
        }
    }
}
