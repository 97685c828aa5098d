//! `convert`: the command-line tool, run from a checkout of the library with nothing but Rust:
//!
//! ```text
//! cargo run --example convert -- "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬"
//! ```
//!
//! The tool itself lives in `cli/src/app.rs`, the one copy of its code, which the installable
//! `bangla-date` binary (`cargo install --path cli`, package `bangla-date-cli`) is built from too;
//! this example only includes it and runs it under the name `convert`. It prints the serde form
//! of `Match`, hence the `serde` feature (a default one).

#[cfg(feature = "serde")]
#[path = "../cli/src/app.rs"]
mod app;

#[cfg(feature = "serde")]
fn main() -> std::process::ExitCode {
    app::main("convert")
}

#[cfg(not(feature = "serde"))]
fn main() -> std::process::ExitCode {
    eprintln!(
        "convert: this example needs the serde feature (a default one): cargo run --example convert -- …"
    );
    std::process::ExitCode::from(2)
}
