//! Extraction without the prefilter, for `benches/prefilter.rs`: the same engine handing the
//! search every token (as document mode does), to time the prefilter against in the same run.
//! Built only with the `bench-internals` feature, and not part of the API (no stability
//! promise).

use super::stream::Window;
use super::{Extract, Parser};

/// [`Parser::extract`] with the prefilter off: the same matches, every token seen.
pub fn extract_unfiltered<'t>(parser: &Parser, text: &'t str) -> Extract<'t> {
    Extract { text, window: Window::with_prefilter(*parser, false) }
}
