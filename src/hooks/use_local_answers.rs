//! Answers kept in one view only, apart from the person's own assessment: what someone enters
//! when rating another person (a second opinion) or themselves against a role. Nothing is
//! stored; the answers leave the view only as a link the person chooses to send.

use ladder_core::{Action, Assessment, Framework, Rating, StatementId};
use std::rc::Rc;
use yew::prelude::*;

/// The answers in this view, and a way to rate a statement in them.
#[derive(Clone)]
pub struct LocalAnswers {
    state: UseStateHandle<Option<Assessment>>,
    framework: Rc<Framework>,
}

impl LocalAnswers {
    pub fn get(&self) -> Option<Assessment> {
        (*self.state).clone()
    }

    /// A callback for a `RatingScale`: `None` is "Not sure".
    pub fn rate(&self, id: StatementId) -> Callback<Option<Rating>> {
        let this = self.clone();
        Callback::from(move |rating| {
            if let Some(mut next) = this.get() {
                next.apply(&this.framework, Action::Rate(id.clone(), rating));
                this.state.set(Some(next));
            }
        })
    }
}

/// Starts from `start` (none when the link it came from could not be read).
#[hook]
pub fn use_local_answers(framework: Rc<Framework>, start: Option<Assessment>) -> LocalAnswers {
    let state = use_state(move || start);
    LocalAnswers { state, framework }
}
