//! `bangla-date`: find and read the dates and times in Bengali text, or convert one date between
//! the calendars. Everything is in [`app`], which the library's `convert` example includes too.

mod app;

fn main() -> std::process::ExitCode {
    app::main("bangla-date")
}
