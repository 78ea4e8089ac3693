# Ladder's people sentences.

## Why a shared link cannot be opened (ShareError), as the clause that follows
## "The link cannot be read:". Link text is quoted at most 40 characters long.
share-error-too-long = it is { $chars } characters long, more than any shared assessment ({ $most })
share-error-unknown-kind = it starts with “{ $found }”, which is not a shared assessment this version of Ladder reads
share-error-damaged = it was cut short or changed on the way: its check does not match its content
## $field is which part of the link: header, framework, framework-version, date, start-month,
## criteria, answers, role, note, or other.
share-error-malformed = { $field ->
        [header] its header cannot be read
        [framework] its framework cannot be read
        [framework-version] its framework version cannot be read
        [date] its date cannot be read
        [start-month] its start month cannot be read
        [criteria] its criteria cannot be read
        [answers] its answers cannot be read
        [role] its role cannot be read
        [note] its note cannot be read
       *[other] part of it cannot be read
    }
share-error-unknown-level = it names level “{ $id }”, which this framework does not have
## $field is what is given twice: statement, group, criteria-question, dimension, or other.
share-error-repeated = { $field ->
        [statement] it gives statement “{ $id }” more than once
        [group] it gives the group of statements “{ $id }” more than once
        [criteria-question] it gives criteria question “{ $id }” more than once
        [dimension] it gives dimension “{ $id }” more than once
       *[other] it gives “{ $id }” more than once
    }
share-error-too-many-answers = { $count ->
        [one] it carries { $count } answer, more than any assessment of this framework can ({ $most })
       *[other] it carries { $count } answers, more than any assessment of this framework can ({ $most })
    }

## A link that cannot be opened.
link-problem-back = Back to all levels

## The role builder: a hiring manager sends a role's expectations.
role-builder-heading = Send a role’s expectations
role-builder-lead = Pick the level, mark the dimensions that matter most for this role, and add a short note if you like. The candidate’s link opens what the role expects, with your marked dimensions first.
role-builder-level = Level of the role
role-builder-dimensions = Dimensions that matter most for this role
role-builder-note = A note for the candidate (optional, plain text)
role-builder-note-too-long = The note has { $length } characters; a note can have at most { $most }. Shorten it to make the link.
role-builder-note-length = { $length } of { $most } characters. It is shown as written, never as formatting.
role-builder-make-link = Make the candidate’s link
role-builder-link = Link for the candidate
role-builder-link-sentence = Anyone with this link can read the role’s expectations and your note; nothing is uploaded.

## The role as the candidate reads it.
role-heading = What this role expects
role-heading-level = What this role expects: { $level }
role-broken = This role link cannot be opened
role-broken-reason = The link cannot be read: { $reason }. Ask for a new one.
role-note = Note from the hiring manager
role-hint = You may rate yourself against each statement and send your view back to the hiring manager; your answers stay on this page until you do.
## After a dimension's name: "Leadership · matters most for this role".
role-matters-most = · matters most for this role
role-send-back = Send my view back
role-answers-link = Link with your view
role-answers-link-sentence = Send this link to the hiring manager. Anyone with it can read your answers; nothing is uploaded.

## The candidate's answers, as the hiring manager sees them.
role-view-other-level = These answers are about another level than the role.
role-view-broken = The candidate’s answers cannot be opened
role-view-broken-reason = The link cannot be read: { $reason }. Ask for it to be sent again.
role-view-heading = The candidate’s view of { $level }
role-view-answered-on = Answered on { $date }. Their own ratings against the role’s expectations; marked dimensions first.
role-view-table = The candidate’s view by dimension (scrolls sideways)
role-view-caption = The role and the candidate’s view, dimension by dimension
role-view-dimension = Dimension
role-view-for-role = For this role
role-view-candidate = Candidate’s view
role-view-matters-most = Matters most
role-view-expected = Expected
## "67% close (5 of 5 statements)"
role-view-readiness = { $readiness } ({ $answered } of { $total ->
        [one] { $total } statement
       *[other] { $total } statements
    })

## Find my level, for oneself or for a candidate.
find-heading = Find my level
find-heading-candidate = Level a candidate
## $rule is the framework's placement rule, a sentence of its own.
find-lead = One question per dimension: pick the level whose description best matches your work today. { $rule }
find-lead-candidate = One question per dimension: pick the level whose description best matches the candidate’s work today. { $rule }
find-switch-to-self = Assessing yourself instead?
find-switch-to-candidate = Levelling a candidate instead?
find-other-version = These picks were made against { $other }; this is { $this }. Levels are matched by their codes.
find-track = Track
find-dimensions = Dimensions
find-step = Dimension { $step } of { $total }
find-question = { $dimension }: which best describes your work today?
find-question-candidate = { $dimension }: which best describes the candidate’s work today?
find-all-statements = All { $count ->
        [one] { $count } statement
       *[other] { $count } statements
    } for { $level }
find-previous = ← Previous dimension
find-next = Next dimension →
find-result = Result
find-result-candidate = Where the candidate might land
find-overall = Overall level: { $level }
find-overall-typical = Overall level: { $level }; typical level: { $typical }
find-every-answer = Every answer points to { $level }
find-range = From { $lowest } to { $highest }
## $count is how many dimensions hold the result at $level; $dimensions names them.
find-why = Why: the framework places at the lowest level chosen. { $count ->
        [1] This dimension is
       *[other] These dimensions are
    } at { $level }: { $dimensions }.
find-why-stronger = Why: the framework places at the lowest level chosen. { $count ->
        [1] This dimension is
       *[other] These dimensions are
    } at { $level }: { $dimensions }. Stronger: { $stronger }.
find-incomplete = { $answered } of { $total ->
        [one] { $total } dimension
       *[other] { $total } dimensions
    } answered: the result may change.
find-per-dimension = { $dimension }: { $level }
find-per-dimension-none = { $dimension }: not answered
find-read-level = Read what { $level } expects
find-what-changes = What changes at { $level }
find-answer-first = Answer at least one dimension to see where you might land.
find-answer-first-candidate = Answer at least one dimension to see where the candidate might land.

## A second opinion sent back, beside one's own view.
opinion-title = Second opinion · Assess yourself
opinion-broken = This second opinion cannot be opened
opinion-broken-reason = The link cannot be read: { $reason }. Ask for it to be sent again.
opinion-mismatch-heading = A second opinion
opinion-mismatch = This second opinion rates you against { $other }, but your own assessment in this browser aims at { $own }.
opinion-mismatch-link = Choose the same levels to see both views side by side.
opinion-ready = Ready for { $level }
opinion-not-ready = Not yet ready for { $level }
## With no verdict rule: how many dimensions are ready, "3 of 6".
opinion-ready-count = { $ready } of { $total }
opinion-heading = Your view and a second opinion: { $current } → { $target }
opinion-table = Both views by dimension (scrolls sideways)
opinion-caption = Readiness by dimension, both views
opinion-dimension = Dimension
opinion-you = You
opinion-other = Second opinion
opinion-verdict = Verdict
opinion-dimensions-ready = Dimensions ready
opinion-by-statement = Statement by statement
opinion-talk-count = { $count ->
        [one] { $count } statement is two or more steps apart, to talk about first.
       *[other] { $count } statements are two or more steps apart, to talk about first.
    }
opinion-talk-about = To talk about:
## After a statement: both answers.
opinion-answers = — you: { $own }; second opinion: { $other }
opinion-back = ← Your report

## A shared self-assessment, read-only.
shared-title = Shared with you · Assess yourself
shared-broken = This shared link cannot be opened
shared-broken-reason = The link to a shared assessment cannot be read: { $reason }. Ask the person who sent it for a new one.
shared-unknown-levels = This shared assessment names levels the framework does not have.
shared-banner = Shared with you: made on { $date } against { $framework } version { $version }
shared-heading = Shared report: { $current } → { $target }
shared-read-only = Read-only: this is someone else’s self-assessment. It carries no name and no notes.
shared-read-only-other-version = Read-only: this is someone else’s self-assessment. It carries no name and no notes. It was made against { $framework } version { $version }; answers are matched to this version by statement id.
## $ids lists the statement ids.
shared-no-longer-apply = { $count ->
        [one] { $count } answer no longer applies, because this version of the framework does not have it: { $ids }.
       *[other] { $count } answers no longer apply, because this version of the framework does not have them: { $ids }.
    }
shared-replace = Replace your answers?
shared-replace-question = Replace the answers you have in this browser with this shared assessment? This cannot be undone.
shared-replace-yes = Yes, make it my own
shared-keep = Keep my answers
shared-make-own = Make this my own

## A request for a second opinion, from the side of the person asked.
rate-title = Rate someone · Second opinion
rate-broken = This request for a second opinion cannot be opened
rate-broken-reason = The link cannot be read: { $reason }. Ask the person who sent it for a new one.
rate-heading = A second opinion
rate-lead = Someone at { $current } asks how you see their work against { $target }. Rate each statement about them, not about yourself. Your answers stay on this page until you send them back as a link; they never touch an assessment of your own.
rate-send = Send my answers back
rate-answered = { $answered } of { $total ->
        [one] { $total } statement
       *[other] { $total } statements
    } answered.
rate-link = Link with your answers
rate-link-sentence = Send this link back to the person who asked. Anyone with it can read your answers; nothing is uploaded.
