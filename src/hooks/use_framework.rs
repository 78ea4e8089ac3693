//! Access to the loaded framework from any view below `Providers`.

use ladder_core::Framework;
use std::rc::Rc;
use yew::prelude::*;

/// The framework as shared through context. Two handles are equal when they are the same
/// framework: comparing by pointer spares a deep comparison (and its code) on every render.
#[derive(Clone)]
pub struct SharedFramework(pub Rc<Framework>);

impl PartialEq for SharedFramework {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The framework every view works from.
///
/// Views are only ever mounted below `Providers`, so a missing context is a wiring
/// mistake in the app itself, not something a user can cause.
#[hook]
pub fn use_framework() -> Rc<Framework> {
    use_context::<SharedFramework>()
        .expect("views are rendered inside Providers")
        .0
}
