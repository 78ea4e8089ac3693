//! Access to the loaded framework from any view below `FrameworkProvider`.

use ladder_core::Framework;
use std::rc::Rc;
use yew::prelude::*;

/// The framework every view works from.
///
/// Views are only ever mounted below `FrameworkProvider`, so a missing context is a wiring
/// mistake in the app itself, not something a user can cause.
#[hook]
pub fn use_framework() -> Rc<Framework> {
    use_context::<Rc<Framework>>().expect("views are rendered inside FrameworkProvider")
}
