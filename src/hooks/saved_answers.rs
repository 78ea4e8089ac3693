//! Answers kept in the tab's session storage, so a reload loses nothing and closing the tab
//! forgets everything; or, when the person turns on "Remember on this device", in the
//! browser's local storage, where they outlive the tab and every tab shares them. Read once at
//! start-up in the app shell; written in an effect whenever the assessment changes, and every
//! write is checked. The name is written only when remembering is on.
//!
//! Nothing is ever lost silently: saved text that cannot be read is copied to a key of its own
//! (`ladder.assessment.unreadable`, then `.2`, `.3`, … so an earlier copy is never overwritten)
//! before it is removed; if even the copy fails, the text stays where it is and saving pauses
//! until the person has downloaded or discarded it. A write the browser refuses is reported
//! with the answers offered as a download.

use ladder_core::history::{self, HistoryError, Snapshot};
use ladder_core::storage::{decode, encode, LeftOut, Restored, StorageError};
use ladder_core::{Assessment, Framework};
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

/// What start-up found in session storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedAnswers {
    Nothing,
    Restored(Restored),
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

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveFailure {
    /// The browser offers no session storage (a privacy setting, or a sandboxed frame).
    NoStorage,
    /// The browser refused the write, usually because storage is full.
    Refused,
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether the person chose to remember answers on this device.
pub fn remembering() -> bool {
    local()
        .and_then(|l| l.get_item(REMEMBER_KEY).ok().flatten())
        .is_some_and(|v| v == "on")
}

/// Whether start-up has answers to restore, or will share them with other tabs: either way
/// the whole framework is needed before anything is read.
pub fn answers_kept() -> bool {
    remembering() || storage().is_some_and(|s| matches!(s.get_item(KEY), Ok(Some(_))))
}

/// The storage answers live in now: local when remembering, else the tab's own.
fn storage() -> Option<web_sys::Storage> {
    if remembering() {
        local()
    } else {
        session()
    }
}

/// Turns remembering on (moving the answers to local storage) or off (moving them back to the
/// tab and removing them from the device).
pub fn set_remembering(on: bool, assessment: &Assessment) -> Result<(), SaveFailure> {
    let local = local().ok_or(SaveFailure::NoStorage)?;
    if on {
        local
            .set_item(REMEMBER_KEY, "on")
            .map_err(|_| SaveFailure::Refused)?;
        save(assessment)?;
        if let Some(session) = session() {
            let _ = session.remove_item(KEY);
        }
        Ok(())
    } else {
        local
            .remove_item(REMEMBER_KEY)
            .and_then(|()| local.remove_item(KEY))
            .map_err(|_| SaveFailure::Refused)?;
        save(assessment)
    }
}

/// Removes every key Ladder wrote, in local and in session storage.
pub fn forget_everything() -> Result<(), SaveFailure> {
    let mut failed = false;
    for storage in [local(), session()].into_iter().flatten() {
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

/// Answers another tab wrote to the shared local storage, when remembering is on.
pub fn read_shared(framework: &Framework, text: &str) -> Option<Assessment> {
    decode(framework, text).ok().map(|r| r.assessment)
}

pub fn read_saved(framework: &Framework) -> SavedAnswers {
    let Some(storage) = storage() else {
        return SavedAnswers::Nothing;
    };
    let Some(text) = storage.get_item(KEY).ok().flatten() else {
        return SavedAnswers::Nothing;
    };
    match decode(framework, &text) {
        Ok(restored) => SavedAnswers::Restored(restored),
        Err(error) => {
            let kept = keep_aside(&storage, &text);
            SavedAnswers::Unreadable {
                error,
                kept,
                raw: text.into(),
            }
        }
    }
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

pub fn save(assessment: &Assessment) -> Result<(), SaveFailure> {
    let remember = remembering();
    let storage = storage().ok_or(SaveFailure::NoStorage)?;
    // A name is kept only by choice: in the tab's storage it is left out.
    let text = if remember || assessment.name.is_empty() {
        encode(assessment)
    } else {
        let mut without_name = assessment.clone();
        without_name.name.clear();
        encode(&without_name)
    };
    storage
        .set_item(KEY, &text)
        .map_err(|_| SaveFailure::Refused)
}

/// Removes unreadable text left under the answers key, once the person chose to discard it.
pub fn discard_unreadable() -> Result<(), SaveFailure> {
    let storage = storage().ok_or(SaveFailure::NoStorage)?;
    storage.remove_item(KEY).map_err(|_| SaveFailure::Refused)
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
