//! The app's URLs. Every view has one, so a link pasted into an email opens on that view.
//!
//! Routing uses the hash (`/#/levels/IC04`) so that Ladder works on any static host, including
//! a careers page it is embedded in, with no server rewrite rules.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/levels/:code")]
    Level { code: String },
    #[at("/compare")]
    ComparePick,
    #[at("/compare/:from/:to")]
    Compare { from: String, to: String },
    #[at("/promotion")]
    Promotion,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    pub fn level(code: &str) -> Self {
        Route::Level {
            code: code.to_string(),
        }
    }

    pub fn compare(from: &str, to: &str) -> Self {
        Route::Compare {
            from: from.to_string(),
            to: to.to_string(),
        }
    }
}
