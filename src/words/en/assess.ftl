# Ladder's assess sentences.

## Page titles: what the browser's tab says.
assess-title = Assess yourself
assess-dimension-title = { $dimension } · Assess yourself
assess-questionnaire-title = Questionnaire · Assess yourself
assess-criteria-title = Promotion criteria · Assess yourself
assess-report-title = Your report · Assess yourself
history-title = Your progress · Assess yourself

## Moving between the self-assessment's pages.
assess-nav-questionnaire = Questionnaire
assess-nav-assessment = Assessment
assess-back = ← Back
assess-back-to-last-dimension = ← Back to the last dimension
assess-back-to-criteria = ← Promotion criteria
assess-next-dimension = Next dimension →
assess-next-criteria = Promotion criteria →
assess-see-report = See my report →

## The first page: levels, the month the current level was reached, a name.
assess-start-lead-dated = Rate yourself against the expectations of the level you are aiming for, then get a gap report and a dated plan. Your answers stay in this browser: in this tab unless you choose to remember them on this device. Nothing is sent anywhere.
assess-start-lead = Rate yourself against the expectations of the level you are aiming for, then get a gap report with what to work on. Your answers stay in this browser: in this tab unless you choose to remember them on this device. Nothing is sent anywhere.
assess-start-current-level = Your current level
assess-start-target-level = The level you are aiming for
assess-start-target-placeholder = Choose a level on another track
# A group of target levels in the picker; $track is the track's name.
assess-start-group-promotion = { $track } (promotion)
assess-start-group-switch = { $track } (track switch)
assess-start-target-switch = { $level } is on the { $track } track: Ladder will treat this as a track switch.
assess-start-target-at-top = { $level } is the most senior level of its track: choose a level on another track to plan a switch.
assess-start-target-default = By default, the next level on your track.
assess-start-since = When did you reach { $level }?
assess-start-month = Month
assess-start-year = Year
assess-start-since-future = That month is still to come: choose the month you reached the level.
assess-start-months-in-level = { $count ->
        [one] { $count } month in level
       *[other] { $count } months in level
    }
assess-start-name = Your name (optional, never leaves this page)
assess-start-name-hint = Up to { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }.
assess-start-begin = Start the questionnaire

## The questionnaire: one dimension at a time.
# $readiness is a percentage without its sign; $status is a status word ("close").
assess-dimension-so-far = So far: { $readiness }% · { $status } ({ $answered } of { $total } answered)
assess-dimension-so-far-unrated = So far: { $status } ({ $answered } of { $total } answered)
assess-dimension-lead = How often does your work today match what { $level } expects?
# The keys are fixed: 0 to 3 and N; the names are those of the answers.
assess-dimension-keys = Keyboard: 0 Not yet, 1 Sometimes, 2 Usually, 3 Consistently, N Not sure. Each key rates a statement and moves to the next; after the last, Enter goes on.
assess-dimension-now = At { $level } today
assess-dimension-absent = The { $track } track has no { $dimension } dimension.

## The promotion-criteria questions.
assess-criteria-heading = Promotion criteria
assess-criteria-lead = A few questions about the evidence behind a promotion case.
assess-criteria-none = This framework asks no questions about promotion criteria: your report follows the last dimension.

## The report.
assess-report-heading = Your report: { $current } → { $target }
assess-report-heading-named = { $name }’s report: { $current } → { $target }
# $framework and $version are the framework's; $date is today's.
assess-report-against = Against { $framework } version { $version }, as of { $date }. { $answered } of { $total } statements answered.
assess-report-made-against = Your answers were recorded against { $framework } version { $version }; they are matched to this version by statement id.
assess-report-not-upward = The target is not above your current level on this track, so there is no promotion to plan.
assess-report-choose-target = Choose another target
assess-report-change-levels = Change levels or dates
assess-report-readiness = Readiness by dimension
# $incomplete is the rule for too few answers, as in "fewer than 3 answers".
assess-report-readiness-rule = Readiness is the mean rating as a share of “Consistently”. Ready: { $ready }% or more with no “Not yet”; close: { $close }% or more; incomplete: { $incomplete }.
assess-report-to-work-on = Statements to work on
assess-report-timeline = Suggested timeline
assess-report-switch-dated = Switching track: a dated plan
assess-report-switch = Switching track
assess-report-guidance = Guidance from the framework’s typical timelines and process, not a promise: your manager and the calibration decide.
assess-report-focus = What to focus on next
# A focus area: the dimension's name and its status word.
assess-report-focus-area = { $dimension } ({ $status })

## Progress over time: the kept snapshots.
history-heading = Your progress over time
history-back-to-report = ← Your report
history-download-file = ladder-history.txt
history-unreadable = Your kept snapshots could not be read: { $error }. They are left as they are.
history-download = Download them
history-none-yet = No snapshot kept yet. On a finished report, choose “Keep this report as a snapshot”.
history-not-remembering = Snapshots are kept only when “Remember on this device” is on (on the first page of the self-assessment).
history-kept = { $count ->
        [one] { $count } snapshot kept on this device, the latest on { $date }.
       *[other] { $count } snapshots kept on this device, the latest on { $date }.
    }
history-since-previous = Since the previous snapshot
history-nothing-moved = Nothing moved.
history-delete-refused = The browser refused the change; nothing was deleted.
history-table-region = Snapshots (scrolls sideways)
history-table-caption = Readiness per dimension in each snapshot
history-table-snapshot = Snapshot
history-delete = Delete
# A snapshot's row: its date and the levels it was taken for.
history-table-row = { $date } ({ $current } → { $target })
history-delete-label = Delete the snapshot of { $date }
history-chart-title = Readiness per dimension in each kept snapshot. The table below gives the same figures.

## The dated plan.
plan-today = Today
plan-in-level = In level
plan-decision = Decision
plan-effective = Effective
plan-earliest = Earliest
plan-typical = Typical
plan-no-timeline = This framework gives no typical timeline from { $from } to { $to }, so Ladder suggests no dates.
plan-milestones = { $from } → { $to }, earliest dates
plan-step = { $from } → { $to }
# $window is a span of months: "24–36 months".
plan-typical-window = typical window { $window }
# $start names how a move starts ("Nomination"); $reason says why the date is what it is.
plan-binding = { $start } from { $date } at the earliest: { $reason }.
plan-open-ended = The window is open-ended ({ $window }), so the typical date is the earliest one; many people take longer.
# $reasons are further reasons, separated by semicolons.
plan-also-considered = Also considered: { $reasons }.
plan-switch-typical = Your move is on the framework's typical path between these tracks.
plan-switch-atypical = Your move is not on the framework's typical path between these tracks: discuss it with your manager.
# $from and $to are levels as alternatives: "IC04 or IC05".
plan-switch-path = The typical path is { $from } → { $to }.
plan-switch-path-note = The typical path is { $from } → { $to }, { $note }.
plan-switch-no-path = The framework describes no move between these tracks.
plan-switch-undated = This framework describes no promotion process to date a move by, so Ladder suggests no dates.
# $required and $have are spans of months: "12 months".
plan-switch-time = { $required } in your current role reached on { $date }; you have { $have } so far.
plan-requirements = Requirements
plan-requirement-met = { $requirement } (met)
plan-requirement-missing = { $requirement } (not yet)
plan-reflect = Questions to reflect on

## What can be done with a report.
report-actions-print = Print or save as PDF
report-actions-save = Save to a file
report-actions-share = Share my assessment
report-actions-ask = Rate me too
# The saved file's name; $date is as 2027-03-22.
report-actions-file-name = ladder-assessment-{ $current }-{ $target }-{ $date }.json
report-actions-ask-label = Link asking for a second opinion
report-actions-ask-sentence = Send this link to your manager or a peer: it opens the same questions about you, without your answers. Their answers come back to you as a link, to set beside yours.
report-actions-share-label = Link to your assessment
report-actions-share-sentence = Anyone with this link can read these answers and the report they give (not your name or notes); the link itself is the only copy, nothing is uploaded.

## How this is calculated.
method-note-heading = How this is calculated
method-note-readiness = Readiness is the mean of your answered ratings (Not yet 0, Sometimes 1, Usually 2, Consistently 3) divided by 3. “Not sure” is left out and flagged.
method-note-statuses = A dimension is ready at { $ready }% or more with no “Not yet”, close at { $close }% or more, a gap below that, and incomplete with { $incomplete }.
method-note-closing-months = Months to close a dimension: ready { $ready }, close { $close }, gap { $gap }, incomplete { $incomplete }.
# $earliest is the subject: "The earliest nomination".
method-note-earliest-questions = { $earliest } is the latest of: the minimum typical time in level, and today plus the months still needed.
method-note-earliest = { $earliest } comes after the minimum typical time in level.
method-note-typical = The typical date uses the end of the typical window and the slower decision; an open-ended window has no end, so its typical date is the earliest one.

## Keeping a report as a snapshot.
keep-snapshot-button = Keep this report as a snapshot
keep-snapshot-progress = Your progress over time
# $link is keep-snapshot-first-page, shown as a link.
keep-snapshot-off = To keep dated snapshots of this report and see your progress over time, turn on “Remember on this device” on the { $link }.
keep-snapshot-first-page = first page
keep-snapshot-unreadable = Your kept snapshots could not be read ({ $error }), so nothing was added: see them on the progress page.
keep-snapshot-full = { $count ->
        [one] You keep { $count } snapshot, the most there can be: delete one on the progress page to keep this one.
       *[other] You keep { $count } snapshots, the most there can be: delete one on the progress page to keep this one.
    }
keep-snapshot-kept = { $count ->
        [one] Kept as a snapshot dated today; you have { $count } snapshot.
       *[other] Kept as a snapshot dated today; you have { $count } snapshots.
    }
keep-snapshot-refused = The browser refused to keep the snapshot; nothing was added.

## An unfinished report: what is still to answer.
still-to-answer-heading = { $count ->
        [one] Not enough answers yet: { $count } dimension of { $total } to go
       *[other] Not enough answers yet: { $count } dimensions of { $total } to go
    }
still-to-answer-rule = { $count ->
        [one] A verdict, focus areas and dates need at least { $count } answered statement in every dimension. “Not sure” does not count.
       *[other] A verdict, focus areas and dates need at least { $count } answered statements in every dimension. “Not sure” does not count.
    }
still-to-answer-link = Answer { $dimension }
still-to-answer-answered = ({ $answered } of { $total } answered)
still-to-answer-partial = { $count ->
        [one] Partial report: { $count } dimension of { $total } complete
       *[other] Partial report: { $count } dimensions of { $total } complete
    }
still-to-answer-partial-hint = These dimensions have enough answers. Until every dimension does, there is no verdict.

## One dimension of the report in detail.
dimension-detail-nothing-below = Nothing rated below “Usually”.
# A rating before the statement it rates: "Not yet: ".
dimension-detail-rating = { $rating }:{ " " }
dimension-detail-unsure = Not sure or not answered: { $count }.
dimension-detail-answer-them = Answer them for { $dimension }
dimension-detail-evidence = Your evidence:{ " " }

## Rating one statement.
rating-scale-not-answered = Not answered yet

## Clearing the answers.
clear-answers-button = Clear all answers
clear-answers-question = Clear all answers?
clear-answers-confirm = { $count ->
        [one] Clear { $count } answer, your name and the criteria answers? This cannot be undone.
       *[other] Clear { $count } answers, your name and the criteria answers? This cannot be undone.
    }
clear-answers-yes = Yes, clear them
clear-answers-keep = Keep my answers

## Readiness per dimension: the table and the chart.
readiness-table-region = Readiness by dimension (scrolls sideways)
readiness-table-caption = Readiness by dimension
readiness-table-dimension = Dimension
readiness-table-readiness = Readiness
readiness-table-answered = Answered
readiness-table-answered-count = { $answered } of { $total }
gap-chart-title = Readiness per dimension; { $ready }% is ready. The table below gives the same figures.
gap-chart-ready = ready { $ready }%

## The evidence note.
evidence-note-label = Evidence for this dimension (optional)
# $length is more than $max, which is the most a note can have.
evidence-note-too-long = This note has { $length } characters; a note can have at most { $max }. It is not saved until you shorten it.
evidence-note-too-long-saved = This note has { $length } characters; a note can have at most { $max }. It is not saved until you shorten it (the saved note is the earlier one, { $saved ->
        [one] { $saved } character
       *[other] { $saved } characters
    }).
evidence-note-hint = Notes stay on this page.

## The questionnaire's progress.
dimension-steps-label = Questionnaire progress
dimension-steps-count = Dimension { $current } of { $total }

## What is still unanswered.
unanswered-heading = Still unanswered
unanswered-not-rated = { $count ->
        [one] { $count } statement not rated
       *[other] { $count } statements not rated
    }

## The promotion criteria as a checklist; $criterion is the criterion's name.
criteria-checklist-met = { $criterion }: Met.
criteria-checklist-missing = { $criterion }: Missing.
criteria-checklist-to-check = { $criterion }: To check.

## A whole-number field.
number-field-invalid = Enter a whole number from { $min } to { $max }. Until then the answer stays { $value }.
# $typed is what was typed, cut to 12 characters.
number-field-reverted = “{ $typed }” is not a whole number from { $min } to { $max }, so the answer stays { $value }.

## A statement's examples, folded beneath it.
statement-examples = { $count ->
        [one] An example
       *[other] { $count } examples
    }

# The key that answers "Not sure" on the questionnaire (shown beside the answer; typing it answers).
rating-key-not-sure = N
