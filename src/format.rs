//! How dates and counts read on screen ("22 Mar 2027", "17 months").

use ladder_core::NaiveDate;

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn date(d: NaiveDate) -> String {
    use ladder_core::chrono_datelike::Datelike;
    format!(
        "{} {} {}",
        d.day(),
        &MONTHS[d.month0() as usize][..3],
        d.year()
    )
}

/// Level codes as alternatives: "IC04 or IC05".
pub fn either(ids: &[ladder_core::LevelId]) -> String {
    ids.iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(" or ")
}

pub fn months(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 month".to_string(),
        n => format!("{n} months"),
    }
}
