//! Answers kept in the tab's session storage, so a reload loses nothing and closing the tab
//! forgets everything. Read once at start-up in the app shell; written in an effect whenever
//! the assessment changes. Saved text that cannot be read is moved aside, never overwritten.

use ladder_core::storage::{decode, encode, Restored, StorageError};
use ladder_core::{Assessment, Framework};

const KEY: &str = "ladder.assessment";
const UNREADABLE_KEY: &str = "ladder.assessment.unreadable";

/// What start-up found in session storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedAnswers {
    Nothing,
    Restored(Restored),
    /// The saved text was kept under `UNREADABLE_KEY` and a fresh assessment started.
    Unreadable(StorageError),
}

impl SavedAnswers {
    /// What to tell the person, if anything.
    pub fn notice(&self) -> Option<String> {
        match self {
            SavedAnswers::Nothing => None,
            SavedAnswers::Restored(r) if r.left_out.is_empty() => {
                Some("Your answers from earlier in this tab were restored.".to_string())
            }
            SavedAnswers::Restored(r) => Some(format!(
                "Your answers from earlier in this tab were restored, except {}: this version of the framework no longer has {}.",
                r.left_out.join(", "),
                if r.left_out.len() == 1 { "it" } else { "them" }
            )),
            SavedAnswers::Unreadable(e) => Some(format!(
                "Answers saved earlier in this tab could not be restored: {e}. They are kept unchanged in this tab’s storage under “{UNREADABLE_KEY}”; you are starting afresh."
            )),
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
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
            let _ = storage.set_item(UNREADABLE_KEY, &text);
            let _ = storage.remove_item(KEY);
            SavedAnswers::Unreadable(error)
        }
    }
}

pub fn save(assessment: &Assessment) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &encode(assessment));
    }
}
