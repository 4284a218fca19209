//! vnextract: structured extraction from Vietnamese news.
//!
//! It normalises text (Unicode, tone marks, punctuation), splits an article into its parts, and extracts
//! numbers (counts, money, percentages, measures), durations, dates, organisations and directives
//! (references to legal and Party documents) with exact values and character spans.
//!
//! ```
//! use vnextract::pipeline::{process, InputDoc, Options};
//! let doc = InputDoc {
//!     id: "x".into(),
//!     text: "Tiêu đề\nThân bài: hàng hoá.".into(),
//!     ..InputDoc::default()
//! };
//! let rec = process(&doc, &Options::default());
//! assert_eq!(rec.title.as_deref(), Some("Tiêu đề"));
//! assert!(rec.text.ends_with("hàng hóa."));
//! ```

pub mod article;
pub mod calendar;
pub mod chars;
pub mod decimal;
pub mod duckdb;
pub mod error;
pub mod eval;
pub mod extract;
pub mod gzip_out;
pub mod input;
pub mod item;
pub mod lexicon;
pub mod normalize;
pub mod output;
#[cfg(feature = "parquet")]
pub mod parquet_out;
pub mod pipeline;
pub mod report;
pub mod schema;
pub mod summary;
pub mod text;

pub use error::{Error, Result};
pub use output::Record;
pub use pipeline::{InputDoc, Options, process};
