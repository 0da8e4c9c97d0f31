//! Bring your own briefing: `src=URL`, a file picker and drag-and-drop. The bytes go
//! through `briefing::load` (limits, format version, full validation); on any problem the
//! reader gets the report and the briefing shown before stays shown.
//!
//! - `flow`: the load flow (which briefing to show, `src=` in the address, back/forward),
//!   over the pure bookkeeping of `explore::loads`;
//! - `panels`: the "Loaded from" notice, progress with Cancel, the report, the file picker.
//!
//! The bytes themselves are read by `ui::browser::fetch`.

mod flow;
mod panels;

pub use flow::{shows_local_file, start, Loader};
pub use panels::{BriefingLoader, LoadStatusPanel};
