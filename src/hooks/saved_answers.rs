//! Answers kept in the tab's session storage, so a reload loses nothing and closing the tab
//! forgets everything; or, when the person turns on "Remember on this device", in the
//! browser's local storage, where they outlive the tab and every tab shares them. Read once at
//! start-up in the app shell; written in an effect whenever the assessment changes, and every
//! write is checked. The name is written only when remembering is on.
//!
//! Nothing is ever lost silently:
//! - every stored value carries a revision (`storage::Revision`), and a tab writes only over
//!   the revision it last read or wrote (`storage::check_write`): a tab whose copy is older
//!   never replaces newer answers, it reports `Stale` and the person chooses;
//! - saved text that cannot be read is copied to a key of its own
//!   (`ladder.assessment.unreadable`, then `.2`, `.3`, … so an earlier copy is never
//!   overwritten) before it is removed; if even the copy fails, the text stays where it is and
//!   saving pauses until the person has downloaded or discarded it;
//! - turning remembering on or off writes the answers to their new place first and removes
//!   them from the old one only once that write held, so a full storage leaves everything
//!   where it was;
//! - a remember flag holding anything but "on" is taken as on (the answers it guards are
//!   shown) and said so, never read as off.

use ladder_core::history::{self, HistoryError, Snapshot};
use ladder_core::storage::{
    check_write, decode, encode_saved, revision, LeftOut, Restored, Revision, StorageError,
    WriteCheck,
};
use ladder_core::{Action, Assessment, Framework};
use std::rc::Rc;

pub const KEY: &str = "ladder.assessment";
pub const UNREADABLE_KEY: &str = "ladder.assessment.unreadable";
/// Present (set to "on") in local storage while the person wants answers remembered.
pub const REMEMBER_KEY: &str = "ladder.remember";
/// Every key Ladder writes starts with this, in either storage.
pub const KEY_PREFIX: &str = "ladder.";

/// Where unreadable saved text was kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    /// Copied to this key and removed from the answers key.
    At(String),
    /// The copy failed (storage full), so it stays under the answers key and saving is paused.
    InPlace,
}

/// What start-up found where this tab keeps its answers.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedAnswers {
    Nothing,
    Restored(Box<Restored>),
    Unreadable {
        error: StorageError,
        kept: Kept,
        raw: Rc<str>,
    },
}

/// What start-up found, as the views tell it (worded by `words::saved_notice`).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum SavedNotice {
    #[default]
    Nothing,
    /// Answers the person had entered were restored, except these, which the framework no
    /// longer has.
    Restored { left_out: Vec<LeftOut> },
    /// The saved text could not be read; `raw` is offered as a download.
    Unreadable {
        error: StorageError,
        kept: Kept,
        raw: Rc<str>,
    },
}

impl SavedAnswers {
    pub fn notice(&self) -> SavedNotice {
        match self {
            // Levels and dates alone are not worth announcing: a fresh tab says nothing.
            SavedAnswers::Restored(r) if r.assessment.has_answers() => SavedNotice::Restored {
                left_out: r.left_out.clone(),
            },
            SavedAnswers::Nothing | SavedAnswers::Restored(_) => SavedNotice::Nothing,
            SavedAnswers::Unreadable { error, kept, raw } => SavedNotice::Unreadable {
                error: error.clone(),
                kept: kept.clone(),
                raw: raw.clone(),
            },
        }
    }

    /// Whether saving must wait: unreadable text still sits under the answers key.
    pub fn blocks_saving(&self) -> bool {
        matches!(
            self,
            SavedAnswers::Unreadable {
                kept: Kept::InPlace,
                ..
            }
        )
    }
}

/// Where a tab keeps its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    /// The tab's own session storage: gone when the tab closes.
    #[default]
    Tab,
    /// Local storage, shared by every tab, because the person chose to remember.
    Device,
}

/// What start-up found besides the answers: where this tab keeps them, the revision it read,
/// and a remember flag that held something unexpected.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub place: Place,
    /// The revision of the value start-up read (`None`: nothing was stored, or it was moved
    /// aside as unreadable).
    pub seen: Option<Revision>,
    /// The flag's value, clipped, when it was neither absent nor "on" (taken as on).
    pub odd_flag: Option<String>,
}

/// What start-up read: the answers and where they were.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    pub answers: SavedAnswers,
    pub found: Found,
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveFailure {
    /// The browser offers no storage (a privacy setting, or a sandboxed frame).
    NoStorage,
    /// The browser refused the write, usually because storage is full.
    Refused,
    /// Another tab wrote (or removed) the answers since this tab last read or wrote them:
    /// writing would replace newer answers. `theirs` is what is stored now, when it reads.
    Stale {
        theirs: Option<Box<Assessment>>,
        revision: Option<Revision>,
    },
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn storage_at(place: Place) -> Option<web_sys::Storage> {
    match place {
        Place::Tab => session(),
        Place::Device => local(),
    }
}

/// The remember flag as stored: absent, "on", or something else.
fn flag() -> Option<String> {
    local().and_then(|l| l.get_item(REMEMBER_KEY).ok().flatten())
}

/// Whether the person chose to remember answers on this device (any value of the flag counts:
/// an odd one is said so at start-up, never taken as off).
pub fn remembering() -> bool {
    flag().is_some()
}

/// Where a tab starting now keeps its answers: its own storage if it holds answers already
/// (it chose to keep them in the tab while another tab remembers), else the device if the
/// person chose to remember.
fn starting_place() -> Place {
    let in_tab = session().is_some_and(|s| matches!(s.get_item(KEY), Ok(Some(_))));
    if !in_tab && remembering() {
        Place::Device
    } else {
        Place::Tab
    }
}

/// Whether start-up has answers to restore, or will share them with other tabs: either way
/// the whole framework is needed before anything is read.
pub fn answers_kept() -> bool {
    remembering() || session().is_some_and(|s| matches!(s.get_item(KEY), Ok(Some(_))))
}

/// Reads the answers where this tab keeps them, once, at start-up.
pub fn read_saved(framework: &Framework) -> Startup {
    let place = starting_place();
    let odd_flag = flag()
        .filter(|v| v != "on")
        .map(|v| ladder_core::json::clip(&v));
    if odd_flag.is_some() {
        // Repaired to what it was taken as; if the write fails the notice still stands.
        if let Some(l) = local() {
            let _ = l.set_item(REMEMBER_KEY, "on");
        }
    }
    let mut found = Found {
        place,
        seen: None,
        odd_flag,
    };
    let Some(storage) = storage_at(place) else {
        return Startup {
            answers: SavedAnswers::Nothing,
            found,
        };
    };
    let Some(text) = storage.get_item(KEY).ok().flatten() else {
        return Startup {
            answers: SavedAnswers::Nothing,
            found,
        };
    };
    let answers = match decode(framework, &text) {
        Ok(restored) => {
            found.seen = Some(restored.revision.clone());
            SavedAnswers::Restored(Box::new(restored))
        }
        Err(error) => {
            let kept = keep_aside(&storage, &text);
            if kept == Kept::InPlace {
                found.seen = Some(revision(&text));
            }
            SavedAnswers::Unreadable {
                error,
                kept,
                raw: text.into(),
            }
        }
    };
    Startup { answers, found }
}

/// Copies unreadable text to the first free unreadable key, then removes the original; leaves
/// the original alone if the copy cannot be written.
fn keep_aside(storage: &web_sys::Storage, text: &str) -> Kept {
    let free = (1..=100)
        .map(|n| match n {
            1 => UNREADABLE_KEY.to_string(),
            n => format!("{UNREADABLE_KEY}.{n}"),
        })
        .find(|key| matches!(storage.get_item(key), Ok(None)));
    let Some(key) = free else {
        return Kept::InPlace;
    };
    if storage.set_item(&key, text).is_err() {
        // Whatever part was written is not a faithful copy.
        let _ = storage.remove_item(&key);
        return Kept::InPlace;
    }
    // If the original cannot be removed, the next save replaces it: the copy is safe.
    let _ = storage.remove_item(KEY);
    Kept::At(key)
}

/// What is stored now at a place: its text, or `None`.
fn stored_text(place: Place) -> Option<String> {
    storage_at(place)?.get_item(KEY).ok().flatten()
}

/// The revision of what is stored at a place now (`None`: nothing is).
pub fn stored_revision(place: Place) -> Option<Revision> {
    stored_text(place).as_deref().map(revision)
}

/// The revision of a stored text (another tab's, as a storage event carries it).
pub fn revision_of(text: &str) -> Revision {
    revision(text)
}

/// The answers a stored text holds, when it reads.
pub fn read_text(framework: &Framework, text: &str) -> Option<Assessment> {
    decode(framework, text).ok().map(|r| r.assessment)
}

/// Removes the tab's own copy once the answers live on the device, so a reload reads them
/// there (a tab holding answers of its own keeps to them at start-up).
pub fn leave_tab() {
    if let Some(session) = session() {
        let _ = session.remove_item(KEY);
    }
}

/// The answers stored at a place now, read against the framework, with their revision.
pub fn read_at(framework: &Framework, place: Place) -> Option<(Assessment, Revision)> {
    let text = stored_text(place)?;
    decode(framework, &text)
        .ok()
        .map(|r| (r.assessment, r.revision))
}

/// Writes the answers at a place, over `seen` only: the revision written, or why not.
pub fn save(
    framework: &Framework,
    place: Place,
    seen: Option<&Revision>,
    writer: &str,
    assessment: &Assessment,
) -> Result<Revision, SaveFailure> {
    let storage = storage_at(place).ok_or(SaveFailure::NoStorage)?;
    let stored = storage.get_item(KEY).ok().flatten();
    let stored_revision = stored.as_deref().map(revision);
    let next = match check_write(seen, stored_revision.as_ref(), writer) {
        WriteCheck::Write(next) => next,
        WriteCheck::Stale => {
            return Err(SaveFailure::Stale {
                theirs: stored
                    .and_then(|text| decode(framework, &text).ok())
                    .map(|r| Box::new(r.assessment)),
                revision: stored_revision,
            })
        }
    };
    // A name is kept only by choice: in the tab's storage it is left out.
    let text = if place == Place::Device || assessment.name.is_empty() {
        encode_saved(assessment, &next)
    } else {
        let mut without_name = assessment.clone();
        without_name.apply(framework, Action::SetName(String::new()));
        encode_saved(&without_name, &next)
    };
    storage
        .set_item(KEY, &text)
        .map_err(|_| SaveFailure::Refused)?;
    Ok(next)
}

/// Turns remembering on: the answers are written to the device first, then the flag; only
/// when both held are they removed from the tab. On any failure nothing changes but what was
/// written for it is taken back. `seen` is what this tab knows of the device's value.
pub fn remember_on(
    framework: &Framework,
    seen: Option<&Revision>,
    writer: &str,
    assessment: &Assessment,
) -> Result<Revision, SaveFailure> {
    let local = local().ok_or(SaveFailure::NoStorage)?;
    let written = save(framework, Place::Device, seen, writer, assessment)?;
    if local.set_item(REMEMBER_KEY, "on").is_err() {
        let _ = local.remove_item(KEY);
        return Err(SaveFailure::Refused);
    }
    if let Some(session) = session() {
        let _ = session.remove_item(KEY);
    }
    Ok(written)
}

/// Turns remembering off: the answers are written to the tab first; only when that held are
/// they, and the flag, removed from the device. Refused (`Stale`) when the device holds
/// answers newer than this tab's, which would otherwise be dropped.
pub fn remember_off(
    framework: &Framework,
    seen: Option<&Revision>,
    writer: &str,
    assessment: &Assessment,
) -> Result<Revision, SaveFailure> {
    let local = local().ok_or(SaveFailure::NoStorage)?;
    let on_device = stored_text(Place::Device);
    let device_revision = on_device.as_deref().map(revision);
    if device_revision.as_ref() != seen {
        return Err(SaveFailure::Stale {
            theirs: on_device
                .and_then(|text| decode(framework, &text).ok())
                .map(|r| Box::new(r.assessment)),
            revision: device_revision,
        });
    }
    // The tab's own storage is this tab's alone: what is there is older than what is shown.
    let in_tab = stored_text(Place::Tab).as_deref().map(revision);
    let written = save(framework, Place::Tab, in_tab.as_ref(), writer, assessment)?;
    // The flag first: another tab then moves its answers into itself before it hears that
    // the device's copy is gone (which alone would read as "forgotten").
    local
        .remove_item(REMEMBER_KEY)
        .and_then(|()| local.remove_item(KEY))
        .map_err(|_| SaveFailure::Refused)?;
    Ok(written)
}

/// Removes every key Ladder wrote, in local and in session storage. The answers go first, so
/// another tab that is told of it hears that they were forgotten before it hears that
/// remembering is off (which alone would move its answers into that tab).
pub fn forget_everything() -> Result<(), SaveFailure> {
    let mut failed = false;
    for storage in [local(), session()].into_iter().flatten() {
        failed |= storage.remove_item(KEY).is_err();
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(KEY_PREFIX))
            .collect();
        for key in keys {
            failed |= storage.remove_item(&key).is_err();
        }
    }
    if failed {
        Err(SaveFailure::Refused)
    } else {
        Ok(())
    }
}

/// Removes unreadable text left under the answers key, once the person chose to discard it.
pub fn discard_unreadable(place: Place) -> Result<(), SaveFailure> {
    let storage = storage_at(place).ok_or(SaveFailure::NoStorage)?;
    storage.remove_item(KEY).map_err(|_| SaveFailure::Refused)
}

/// A name for this tab's writes, random enough that two tabs never share one. (Rendered on
/// the server, for published pages and component tests, nothing is written: any name does.)
pub fn new_writer() -> String {
    #[cfg(target_arch = "wasm32")]
    let n = (js_sys::Math::random() * 36f64.powi(8)) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    let n = 0;
    let mut name = String::new();
    let mut rest = n;
    for _ in 0..8 {
        let digit = (rest % 36) as u32;
        rest /= 36;
        name.push(char::from_digit(digit, 36).unwrap_or('0'));
    }
    name
}

/// Where kept report snapshots live: local storage, and only while remembering is on.
pub const HISTORY_KEY: &str = "ladder.history";

/// The kept snapshots (none when nothing is kept), or why the kept text cannot be read, with
/// that text to offer as a download.
pub fn read_history() -> Result<Vec<Snapshot>, (HistoryError, Rc<str>)> {
    let Some(text) = local().and_then(|l| l.get_item(HISTORY_KEY).ok().flatten()) else {
        return Ok(Vec::new());
    };
    history::decode(&text).map_err(|e| (e, text.into()))
}

/// Writes the snapshots; refused unless remembering is on, so nothing lands on the device
/// without the person's choice.
pub fn write_history(snapshots: &[Snapshot]) -> Result<(), SaveFailure> {
    if !remembering() {
        return Err(SaveFailure::NoStorage);
    }
    let local = local().ok_or(SaveFailure::NoStorage)?;
    let result = if snapshots.is_empty() {
        local.remove_item(HISTORY_KEY)
    } else {
        local.set_item(HISTORY_KEY, &history::encode(snapshots))
    };
    result.map_err(|_| SaveFailure::Refused)
}
