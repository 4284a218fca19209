//! The one integration-test binary: CLI behaviour, golden snapshots, properties, and checks on the real
//! archives in `../shared/data` (skipped with a notice when that folder is absent).

mod cli;
mod common;
mod golden;
mod hostile;
mod inputs;
mod legacy;
mod properties;
mod readme;
mod report_marks;
mod shared_data;
