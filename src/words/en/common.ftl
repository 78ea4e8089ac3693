# Sentences shared by every view: dates, counts and spans of time.
# Arguments are named; numbers choose plural forms by the language's CLDR rules.

## A day as pages write it: "22 Mar 2027". $month is 1 to 12.
date = { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }
## A month of a year, as in "March 2027".
month-year = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
## A month named alone, as in a list of months.
month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
months = { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
## "24–36 months"
month-range = { $min }–{ $max } months
## "36+ months"
months-or-more = { $min }+ months
weeks = { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
week-range = { $min }–{ $max } weeks
percent = { $value }%
