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

## Lists and levels.
# Between the items of a list: "a, b, c".
list-separator = {", "}
# The last two items of a list: "a, b and c"; $init is the items before the last, already joined.
list-and = { $init } and { $last }
# Levels as alternatives: "IC04 or IC05".
either-or = { $first } or { $next }
# A level with its code: "IC04 Senior".
level-label = { $code } { $title }
# A level's focus.
focus-operational = { $operational }% operational
focus-both = { $operational }% operational, { $strategic }% strategic

## Ratings and statuses.
rating-not-yet = Not yet
rating-sometimes = Sometimes
rating-usually = Usually
rating-consistently = Consistently
# The answer that leaves a statement unanswered.
rating-not-sure = Not sure
sent-by-link = Sent by link: this is what the sender entered. Anyone who has a link can change what it says, so read it as their own account, not as proof.
# A status as a label.
status-ready = Ready
status-close = Close
status-gap = Gap
status-incomplete = Incomplete
# A status as a word inside a sentence.
status-word-ready = ready
status-word-close = close
status-word-gap = gap
status-word-incomplete = incomplete
# A dimension's readiness: "67% close".
readiness-ready = { $percent }% ready
readiness-close = { $percent }% close
readiness-gap = { $percent }% gap
readiness-incomplete = { $percent }% incomplete
readiness-not-answered = not answered

## Suggestions and findings.
suggestion-shift = Shift { $attribute }: { $from } → { $to }
suggestion-consistently = Aim for “Consistently” on: { $statement }
suggestion-usually = Aim for “Usually” on: { $statement }
suggestion-develop = Develop: { $area }
finding-months-met = “{ $question }” { $have } of { $need ->
        [one] { $need } month
       *[other] { $need } months
    }.
finding-months-short = “{ $question }” { $have } of { $need ->
        [one] { $need } month
       *[other] { $need } months
    }; { $more ->
        [one] { $more } month
       *[other] { $more } months
    } more needed.
finding-count-met = “{ $question }” { $have }, at least { $need } needed.
finding-count-short = “{ $question }” { $have } so far; at least { $need } needed.
finding-yes-done = Done: “{ $question }”.
finding-yes-not-yet = Not yet: “{ $question }”.
judgement-verdict-ready = The verdict of this assessment is ready.
judgement-verdict-not-ready = The verdict of this assessment is not ready yet.
judgement-by-manager = Check this one with your manager.

## Why a date is what it is.
constraint-time-in-level = { $months ->
        [one] { $months } month
       *[other] { $months } months
    } in level reached on { $date }
constraint-question-met = { $criterion }: enough months already, as of { $date }
constraint-question = { $months ->
        [one] { $months } month
       *[other] { $months } months
    } more for { $criterion } → { $date }
months-rule-once-ready = { $criterion }: { $months ->
        [one] { $months } month
       *[other] { $months } months
    } from today, less what you already have once every dimension is ready; until then, counted after the slowest dimension's months to close.
months-rule = { $criterion }: { $months ->
        [one] { $months } month
       *[other] { $months } months
    } from today, less what you already have.

## How a dimension moved between snapshots: "Leadership: gap → close, +25 points".
movement = { $name }: { $from } → { $to }
movement-still = { $name }: still { $status }
# $points is signed ("+25", "-5"); $count is its size, for the plural.
movement-points = { $name }: { $from } → { $to }, { $points } { $count ->
        [one] point
       *[other] points
    }
movement-still-points = { $name }: still { $status }, { $points } { $count ->
        [one] point
       *[other] points
    }
still-to-answer-note = This assessment was shared before every dimension had enough answers, so it has no verdict or dates. Still to answer: { $dimensions }.

## What a restore left out, and what storage does not hold.
left-out-rating = the rating of statement { $id }
left-out-note = the note on dimension { $id }
left-out-criterion = the answer to criteria question { $id }
saved-notice-restored = Your answers from earlier in this tab were restored.
saved-notice-restored-except = Your answers from earlier in this tab were restored, except { $items }: this version of the framework no longer has { $count ->
        [one] it
       *[other] them
    }.
saved-notice-unreadable-kept = Answers saved earlier in this tab could not be restored: { $error }. They are kept unchanged in this tab’s storage under “{ $key }”, and you can download them; you are starting afresh.
saved-notice-unreadable-in-place = Answers saved earlier in this tab could not be restored: { $error }. There is no room to keep a copy, so they stay where they are, and new answers are not saved in this tab until you download or discard them.
changes-answers = { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }
changes-notes = { $count ->
        [one] { $count } evidence note
       *[other] { $count } evidence notes
    }
changes-name = your name
changes-levels = your levels and dates
changes-criteria = your promotion-criteria answers
changes-latest = your latest change

## What another tab did.
news-took-other = Your answers were changed in another tab; this tab now shows them.
news-forgotten-elsewhere = Another tab forgot every answer on this device, so this tab starts afresh too.
news-remembered-elsewhere = Another tab turned on “Remember on this device”: this tab now shows the answers remembered there.
news-remembered-elsewhere-ask = Another tab turned on “Remember on this device”. This tab’s own answers stay in this tab until you choose: show the remembered answers here (this tab’s answers are then replaced), or keep this tab’s.
news-unremembered-elsewhere = Another tab turned off “Remember on this device”: this tab now keeps its answers in the tab only.
news-switch-on-failed = “Remember on this device” could not be turned on: the browser refused to store your answers there (its storage is probably full). Nothing changed: your answers are still kept in this tab.
news-switch-off-failed = “Remember on this device” could not be turned off: the browser refused to store your answers in this tab (its storage is probably full). Nothing changed: your answers are still remembered on this device.
news-odd-flag = The setting that remembers your answers on this device held something Ladder does not recognise (“{ $value }”), so it was taken as on and your remembered answers are shown. Turn “Remember on this device” off to keep answers in this tab only.

## Find my level, shared levels and the promotion guide.
placement-rule-lowest = The result is the lowest level chosen, the one every dimension supports, with the typical level alongside.
placement-rule-median = The result is the middle of the levels chosen.
placement-rule-none = The result shows the level chosen for each dimension and their range; the framework names no rule that makes them one level.
shared-level = { $level } is shared with the { $track } track; this track splits off after it.
shared-levels = { $first } to { $last } are shared with the { $track } track; this track splits off after { $last }.
# The parts of the landing's link to the promotion guide, joined as a list; the first letter is made upper case.
promotion-guide-link-criteria = criteria
promotion-guide-link-timelines = typical timelines
promotion-guide-link-process = how moves are made
promotion-guide-link-switching = switching tracks
promotion-guide-link-none = How people move between levels
needs-months = at least { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
needs-months-once-ready = at least { $months ->
        [one] { $months } month
       *[other] { $months } months
    }, counted once every dimension is ready
needs-count = at least { $count }
needs-yes = yes
move-start-nomination = A move starts with a nomination.
move-start-round = Moves are decided in a promotion round.
move-start-application = A move starts with an application and an interview.
# $weeks is "2 weeks" or "2–4 weeks"; $after is a put-forward-* phrase.
decision-time = The decision usually comes { $weeks } after { $after }.
takes-effect-next-quarter = A move takes effect on the first day of the next quarter.
takes-effect-next-month = A move takes effect on the first day of the next month.
takes-effect-immediately = A move takes effect on the day it is decided.
# What puts a move forward, after "after": "after nomination".
put-forward-nomination = nomination
put-forward-round = the promotion round that takes the case
put-forward-application = the application
put-forward-any = the move is put forward
# The plan's milestone at which a move is put forward.
put-forward-label-nomination = Nomination
put-forward-label-round = Promotion round
put-forward-label-application = Application
put-forward-label-any = Put forward
# The method note's subject for the earliest date a move can start.
earliest-put-forward-nomination = The earliest nomination
earliest-put-forward-application = The earliest application
earliest-put-forward-round = The earliest promotion round
earliest-put-forward-any = The earliest date a move can be put forward
how-a-move-starts-nomination = A move starts with a nomination: talk to your manager about putting your case forward.
how-a-move-starts-round = Moves are decided in a promotion round: ask your manager when the next one is and how a case reaches it.
how-a-move-starts-application = A move starts with an application and an interview: watch for openings and apply when one comes.
# When a decision takes effect, after "takes effect".
effective-when-next-quarter = on the first day of the next quarter
effective-when-next-month = on the first day of the next month
effective-when-immediately = on the day it is decided
effective-dates-both = The decision follows { $weeks } after { $after } and takes effect { $when }.
effective-dates-no-effective = The decision follows { $weeks } after { $after }; the framework does not say when it takes effect, so the dates are those of the decision.
effective-dates-no-decision = The framework does not say how long a decision takes, so the dates count it as made as soon as the move can be put forward; it takes effect { $when }.
effective-dates-neither = The framework does not say how long a decision takes or when it takes effect, so the dates are the earliest a move could be put forward.

## The verdict and its rule.
incomplete-rule-no-answer = no answer
incomplete-rule = fewer than { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } (every statement, where a dimension has fewer)
verdict-heading-no-rule = Readiness for { $level }
verdict-heading-every = Ready for { $level } in every dimension
verdict-heading-ready = Ready for { $level }
verdict-heading-not-ready = Not yet ready for { $level }
verdict-text-no-rule = { $ready } of { $total ->
        [one] { $total } dimension
       *[other] { $total } dimensions
    } at the ready level. This framework gives no overall verdict: each dimension below says how close it is and what to work on.
verdict-text-every-ready = Every dimension is at the ready level. Keep gathering evidence of next-level work.
verdict-text-every-held-back = { $count ->
        [one] The framework asks for every dimension to be ready, so one dimension holds it back, however strong the others are: { $dimensions }.
       *[other] The framework asks for every dimension to be ready, so { $count } dimensions hold it back, however strong the others are: { $dimensions }.
    }
verdict-text-at-least-ready = { $ready } of { $total ->
        [one] { $total } dimension
       *[other] { $total } dimensions
    } are at the ready level; the framework asks for at least { $need }.
verdict-text-at-least-not-ready = { $ready } of { $total ->
        [one] { $total } dimension
       *[other] { $total } dimensions
    } are at the ready level; the framework asks for at least { $need }. Not ready yet: { $dimensions }.
verdict-text-share-ready = { $ready } of { $total ->
        [one] { $total } dimension
       *[other] { $total } dimensions
    } are at the ready level; the framework asks for { $percent }% of them.
verdict-text-share-not-ready = { $ready } of { $total ->
        [one] { $total } dimension
       *[other] { $total } dimensions
    } are at the ready level; the framework asks for { $percent }% of them. Not ready yet: { $dimensions }.
verdict-rule-every = A promotion needs every dimension ready: any other status holds it back, whatever the average.
verdict-rule-at-least = A promotion needs at least { $count ->
        [one] { $count } dimension
       *[other] { $count } dimensions
    } ready (all of them, where there are fewer).
verdict-rule-share = A promotion needs { $percent }% of the dimensions ready.
verdict-rule-none = The framework states no rule for an overall verdict, so the report gives none: each dimension says how close it is.

## Titles and link-preview descriptions of published pages.
page-title-level = { $level } · { $framework }
page-description-level = What { $level } expects in every dimension of the work.
page-description-level-summary = What { $level } expects in every dimension of the work. { $summary }
page-title-compare = { $from } compared with { $to } · { $framework }
page-description-compare = What changes from { $from } to { $to }: expectations in every dimension, side by side.
page-title-promotion = Promotion and switching tracks · { $framework }
page-description-promotion = How people move between the levels and tracks of { $framework }.
page-title-framework = Career levels · { $framework }

# Between a name in bold and what follows it ("Impact: ..."), in lists of criteria and dimensions.
label-separator = {": "}
