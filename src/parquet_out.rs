//! Parquet output (cargo feature `parquet`): the records' JSON lines decoded into Arrow batches with a
//! nested schema that mirrors the JSON contract (derived from [`crate::schema`]), written with Snappy.
//!
//! Values keep their exactness: numbers are `Decimal128(38, 6)`. `meta` is a map of strings; a meta
//! value that is not a string is written as its JSON text.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow_json::reader::{Decoder, ReaderBuilder};
use arrow_schema::{DataType, Field, Fields, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::schema::{Field as F, Ty, record_fields};

fn arrow_type(ty: &Ty) -> DataType {
    match ty {
        Ty::Str | Ty::Enum(_) => DataType::Utf8,
        Ty::Num => DataType::Decimal128(38, 6),
        Ty::Int => DataType::Int64,
        Ty::Bool => DataType::Boolean,
        Ty::List(item) => DataType::List(Arc::new(Field::new("item", arrow_type(item), true))),
        Ty::Struct(fields) => DataType::Struct(arrow_fields(fields)),
        Ty::Object => DataType::Map(
            Arc::new(Field::new(
                "entries",
                DataType::Struct(Fields::from(vec![
                    Field::new("key", DataType::Utf8, false),
                    Field::new("value", DataType::Utf8, true),
                ])),
                false,
            )),
            false,
        ),
    }
}

fn arrow_fields(fields: &[F]) -> Fields {
    fields.iter().map(|f| Field::new(f.name, arrow_type(&f.ty), true)).collect()
}

/// The Arrow schema of one record.
pub fn arrow_schema() -> Schema {
    Schema::new(arrow_fields(&record_fields()))
}

/// Writes JSON record lines to a Parquet file.
pub struct ParquetSink {
    writer: ArrowWriter<File>,
    decoder: Decoder,
}

impl ParquetSink {
    pub fn create(path: &Path) -> crate::Result<ParquetSink> {
        let schema = Arc::new(arrow_schema());
        let file = File::create(path).map_err(|source| crate::Error::Io { path: path.to_path_buf(), source })?;
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(props)).map_err(err)?;
        let decoder = ReaderBuilder::new(schema).with_batch_size(1024).build_decoder().map_err(err)?;
        Ok(ParquetSink { writer, decoder })
    }

    /// Adds one record (its JSON line).
    pub fn write_line(&mut self, line: &[u8]) -> crate::Result<()> {
        let line = stringify_meta(line);
        let mut rest: &[u8] = &line;
        while !rest.is_empty() {
            let used = self.decoder.decode(rest).map_err(err)?;
            rest = &rest[used..];
            if !rest.is_empty() || used == 0 {
                self.flush()?;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> crate::Result<()> {
        if let Some(batch) = self.decoder.flush().map_err(err)? {
            self.writer.write(&batch).map_err(err)?;
        }
        Ok(())
    }

    /// Writes what is buffered and the file footer.
    pub fn finish(mut self) -> crate::Result<()> {
        self.flush()?;
        self.writer.close().map_err(err)?;
        Ok(())
    }
}

fn err(e: impl std::fmt::Display) -> crate::Error {
    crate::Error::Input(format!("parquet: {e}"))
}

/// Meta values that are not strings become their JSON text, so `meta` fits `MAP<STRING, STRING>`.
fn stringify_meta(line: &[u8]) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(line) else { return line.to_vec() };
    if let Some(meta) = v.get_mut("meta").and_then(serde_json::Value::as_object_mut) {
        if meta.values().all(|x| x.is_string() || x.is_null()) {
            return line.to_vec();
        }
        for x in meta.values_mut() {
            if !x.is_string() && !x.is_null() {
                *x = serde_json::Value::String(x.to_string());
            }
        }
    }
    let mut out = serde_json::to_vec(&v).unwrap_or_else(|_| line.to_vec());
    out.push(b'\n');
    out
}
