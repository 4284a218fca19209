//! Where output records go: stdout, a file, a gzip file (compressed on its own thread) or Parquet.

use anyhow::{Context, Result, bail};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// zlib's compression level of `.gz` output. Compression runs on its own thread; level 3 costs about
/// a third of extraction's CPU time (level 6: two thirds), for output 7% larger than level 6's (level 1
/// with zlib-rs: 54% larger). Measured on baomoi-2017, `--jobs 2`.
pub(crate) const GZIP_LEVEL: u32 = 3;

/// Where JSON Lines go: stdout, a file, or a gzip file (finished explicitly so its trailer is written).
pub(crate) enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File(BufWriter<File>),
    Gz(vnextract::gzip_out::GzipWriter<BufWriter<File>>),
    #[cfg(feature = "parquet")]
    Parquet(Box<vnextract::parquet_out::ParquetSink>),
}

impl Sink {
    pub(crate) fn open(output: Option<&PathBuf>) -> Result<Sink> {
        Ok(match output {
            None => Sink::Stdout(BufWriter::with_capacity(1 << 20, io::stdout().lock())),
            Some(p) if p.as_os_str() == "-" => Sink::Stdout(BufWriter::with_capacity(1 << 20, io::stdout().lock())),
            Some(p) => {
                let f = File::create(p).with_context(|| format!("cannot create {}", p.display()))?;
                if p.extension().is_some_and(|e| e == "gz") {
                    Sink::Gz(vnextract::gzip_out::GzipWriter::new(BufWriter::with_capacity(1 << 20, f), GZIP_LEVEL))
                } else {
                    Sink::File(BufWriter::with_capacity(1 << 20, f))
                }
            }
        })
    }

    #[cfg(feature = "parquet")]
    pub(crate) fn parquet(output: Option<&PathBuf>) -> Result<Sink> {
        let Some(p) = output.filter(|p| p.as_os_str() != "-") else {
            bail!("--format parquet needs an output file (-o FILE.parquet), not stdout")
        };
        Ok(Sink::Parquet(Box::new(vnextract::parquet_out::ParquetSink::create(p)?)))
    }

    #[cfg(not(feature = "parquet"))]
    pub(crate) fn parquet(_: Option<&PathBuf>) -> Result<Sink> {
        bail!("this build has no Parquet support: rebuild with `cargo build --release --features parquet`")
    }

    pub(crate) fn write(&mut self, line: &[u8]) -> Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(line)?,
            Sink::File(w) => w.write_all(line)?,
            Sink::Gz(w) => w.write_all(line)?,
            #[cfg(feature = "parquet")]
            Sink::Parquet(p) => p.write_line(line)?,
        }
        Ok(())
    }

    pub(crate) fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush()?,
            Sink::File(mut w) => w.flush()?,
            Sink::Gz(w) => {
                w.finish()?.flush()?;
            }
            #[cfg(feature = "parquet")]
            Sink::Parquet(p) => p.finish()?,
        }
        Ok(())
    }
}
