# Ladder's app sentences.

## Why something could not be read (saved answers, an opened file, kept history, the framework's files).
# Saved answers: after "could not be restored:".
problem-storage-unknown-version = they are not in a format this version of Ladder reads (“{ $first_line }”)
problem-storage-malformed = line { $line } is damaged: { $reason }
problem-storage-missing = the “{ $key }” line is missing
problem-storage-unknown-level = they refer to level { $id }, which this framework does not have
problem-storage-too-large = they take { $bytes } bytes, more than the { $max } any saved assessment needs
problem-storage-truncated = they stop at line { $line } without a complete closing line, so they were cut short
# Kept history.
problem-history-too-large = it takes { $bytes } bytes, more than the { $max } any history needs
problem-history-unknown-version = it is not in a format this version of Ladder reads
problem-history-malformed = line { $line } is damaged
problem-history-truncated = it was cut short
problem-history-too-many = it holds { $count } snapshots, more than the { $max } kept
# JSON; $message is the reader's own words.
problem-json-syntax = the file is not valid JSON at line { $line }, column { $column }: { $message }
problem-json-shape = { $path }: { $message } (line { $line }, column { $column })
problem-json-duplicate-key = { $path } is given twice in the same object; keep one of the two
# An opened file: after "could not be opened:".
problem-file-too-large = the file has { $bytes } bytes, more than the { $max } a saved assessment can have
problem-file-not-an-assessment = $.format is "{ $format }", so it is not a Ladder assessment
problem-file-newer-version = $.version is { $version }: the file was made by a newer Ladder, which this one cannot read
problem-file-invalid = { $path }: { $reason }
problem-file-unknown-level = { $path }: this framework has no level "{ $id }"
# The framework's files, as published: $file is the file's name.
problem-decode-empty = { $file }: the file is empty
problem-decode-wrong-format = { $file }: the file is in format { $found }, but this version of Ladder reads format { $expected }: publish the site again (scripts/build.sh)
problem-decode-malformed = { $file }: the file is damaged: { $reason }
problem-decode-mismatch = { $file }: the file belongs to { $details }, but the page shows { $outline }: reload the page; if it persists, publish the site again (scripts/build.sh)
# $problems is one problem a line, in the framework checker's words.
problem-decode-invalid = { $file }: { $count ->
        [one] { $count } problem in the framework:
       *[other] { $count } problems in the framework:
    }
    { $problems }
problem-download = { $file } could not be downloaded ({ $reason }). Reload the page; if it persists, the site was published without it.
problem-download-no-window = no browser window
problem-download-network = the network request failed
problem-download-not-http = the answer was not an HTTP response
problem-download-status = the server answered { $status }
problem-download-no-body = the answer had no body
problem-download-interrupted = the download was interrupted
problem-download-not-utf8 = it is not UTF-8 text

## The app shell.
# The browser tab's title: "Compare levels · Ladder".
page-title = { $title } · Ladder
app-loading = Loading the career framework…
app-skip-to-content = Skip to content
app-details-missing-heading = This view needs the framework's details, which could not be loaded
app-details-missing-hint = Choosing your levels still works; your answers are kept.
framework-errors-heading = This career framework could not be loaded
framework-errors-found = Ladder found { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }. Each line says where and what is wrong.

## What happened to the answers kept in this tab or on this device. $place is "device" or "tab".
storage-not-kept = Not kept { $place ->
        [device] on this device
       *[tab] in this tab
    }: { $not_kept }. The browser refused the write (its storage is probably full). Everything is still on this page, but a reload would lose what was not kept: download your answers to keep them.
storage-conflict-changed = Another tab changed the answers kept { $place ->
        [device] on this device
       *[tab] in this tab
    } since this tab last saved, so this tab’s change was not written over them. Not kept yet: { $not_kept }. Choose whose answers to keep.
storage-conflict-removed = Another tab removed the answers kept { $place ->
        [device] on this device
       *[tab] in this tab
    }, or wrote them in a form this tab cannot read, since this tab last saved. Not kept yet: { $not_kept }. Choose whose answers to keep.
storage-download-answers = Download your answers
storage-download-mine = Download this tab’s answers
storage-use-theirs = Use the other tab’s answers
storage-start-afresh = Start afresh as the other tab did
storage-keep-mine = Keep this tab’s answers
storage-show-remembered = Show the remembered answers here
storage-keep-mine-in-tab = Keep this tab’s answers in this tab
storage-dismiss = Dismiss
storage-download-unreadable = Download the unreadable answers
storage-discard-unreadable = Discard them and save new answers
# Names of downloaded files.
storage-download-answers-file = ladder-answers.txt
storage-download-unreadable-file = ladder-unreadable-answers.txt

## Remember on this device.
remember-heading = Keeping your answers
remember-label = Remember on this device
remember-hint-on = On: your answers, name and kept reports stay in this browser’s local storage on this device, even after you close it, until you forget them. Nothing is sent anywhere.
remember-hint-off = Off: your answers stay in this tab only and are gone when you close it; your name is not kept. Nothing is sent anywhere.
remember-forget-group = Forget everything on this device?
remember-forget-confirm = Forget every answer, name and kept report Ladder holds on this device and in this tab? This cannot be undone.
remember-forget-yes = Yes, forget everything
remember-forget-keep = Keep them
remember-forget = Forget everything on this device
remember-forgotten = Done: Ladder keeps nothing on this device now.

## Opening a saved assessment file; $file is the file's name.
open-heading = Open a saved assessment
open-choose-file = Choose a file saved with “Save to a file”
open-drop-hint = Or drop it here. It is read in this browser; nothing is uploaded.
open-failed = “{ $file }” could not be opened: { $problem }. Nothing was changed.
open-unreadable = “{ $file }” could not be read. Nothing was changed.
open-not-yet = “{ $file }” was not opened yet: the framework's details are still downloading. Try again in a moment; nothing was changed.
open-done = Opened “{ $file }”.
open-see-report = See the report
open-confirm = “{ $file }” was saved on { $date } ({ $current } → { $target }). Opening it replaces the { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } you have on this page.
open-replace = Replace my answers
open-keep = Keep my current answers
# The framework a file was made against: "engineering version 2025.1".
open-made-against = { $framework } version { $version }
opened-file-heading = From the file you opened
opened-file-saved = “{ $file }” was saved on { $date } against { $made_against }.
opened-file-new-statements = { $count ->
        [one] { $count } statement new since then, unanswered
       *[other] { $count } statements new since then, unanswered
    }
opened-file-no-longer-apply = { $count ->
        [one] { $count } answer no longer applies, because this version of the framework does not have it: { $items }.
       *[other] { $count } answers no longer apply, because this version of the framework does not have them: { $items }.
    }
