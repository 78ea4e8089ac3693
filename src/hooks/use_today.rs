//! Today's date, read once at the edge and passed down as a plain calendar date.
//!
//! Tests fix it with `?today=YYYY-MM-DD` in the page address (before the `#`), so dated
//! timelines can be checked against exact dates.

use ladder_core::NaiveDate;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub NaiveDate);

/// Reads the date from the address (`?today=`) or else from the browser's clock.
pub fn read_today() -> NaiveDate {
    let from_query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| parse_today_query(&search));
    from_query.unwrap_or_else(|| {
        let now = js_sys::Date::new_0();
        NaiveDate::from_ymd_opt(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
        .unwrap_or(NaiveDate::MIN)
    })
}

/// `?today=2026-11-22` (among other parameters) to that date; anything else to `None`.
pub fn parse_today_query(search: &str) -> Option<NaiveDate> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("today="))?
        .parse()
        .ok()
}

#[hook]
pub fn use_today() -> NaiveDate {
    use_context::<Today>()
        .expect("views are rendered below the app shell that provides Today")
        .0
}

#[cfg(test)]
mod tests {
    use super::parse_today_query;
    use ladder_core::NaiveDate;

    #[test]
    fn reads_an_injected_date_and_rejects_impossible_ones() {
        assert_eq!(
            parse_today_query("?today=2026-11-22"),
            NaiveDate::from_ymd_opt(2026, 11, 22)
        );
        assert_eq!(
            parse_today_query("?a=1&today=2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        assert_eq!(parse_today_query("?today=2027-02-29"), None);
        assert_eq!(parse_today_query("?today=soon"), None);
        assert_eq!(parse_today_query(""), None);
    }
}
